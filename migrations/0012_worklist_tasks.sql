CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assignee_user_id" uuid,
	"assignee_role" text,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"client_id" uuid,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reason" text,
	"created_by_user_id" uuid,
	"rule_id" text,
	"rule_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by_user_id" uuid,
	"closing_note" text,
	CONSTRAINT "tasks_status" CHECK ("tasks"."status" IN ('open', 'done', 'cancelled')),
	CONSTRAINT "tasks_one_assignee" CHECK (("tasks"."assignee_user_id" IS NULL) <> ("tasks"."assignee_role" IS NULL)),
	CONSTRAINT "tasks_one_creator" CHECK (("tasks"."created_by_user_id" IS NULL) <> ("tasks"."rule_id" IS NULL)),
	CONSTRAINT "tasks_rule_key" CHECK (("tasks"."rule_id" IS NULL) = ("tasks"."rule_key" IS NULL)),
	CONSTRAINT "tasks_subject_type" CHECK ("tasks"."subject_type" IN ('client', 'employer', 'vacancy', 'trajectory', 'placement_proposal')),
	CONSTRAINT "tasks_client_subject" CHECK ("tasks"."subject_type" <> 'client' OR "tasks"."client_id" = "tasks"."subject_id"),
	CONSTRAINT "tasks_title" CHECK (length(btrim("tasks"."title")) BETWEEN 1 AND 200),
	CONSTRAINT "tasks_closed" CHECK (("tasks"."status" = 'open') = ("tasks"."closed_at" IS NULL)),
	CONSTRAINT "tasks_cancel_reason" CHECK ("tasks"."status" <> 'cancelled' OR length(btrim(coalesce("tasks"."closing_note", ''))) > 0)
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_closed_by_user_id_users_id_fk" FOREIGN KEY ("closed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_organisation_rule_key" ON "tasks" USING btree ("organisation_id","rule_key");--> statement-breakpoint
CREATE INDEX "tasks_assignee_user_idx" ON "tasks" USING btree ("organisation_id","assignee_user_id","status","due_on");--> statement-breakpoint
CREATE INDEX "tasks_assignee_role_idx" ON "tasks" USING btree ("organisation_id","assignee_role","status","due_on");--> statement-breakpoint
CREATE INDEX "tasks_rule_open_idx" ON "tasks" USING btree ("organisation_id","rule_id","status");--> statement-breakpoint
CREATE INDEX "tasks_client_idx" ON "tasks" USING btree ("client_id");--> statement-breakpoint

-- The work queue belongs to one organisation. A new task's assignee is a user of that organisation, its
-- client a file the organisation may see (the subquery runs under the clients policy), and a task made
-- by hand names the signed-in user as its maker; a rule's task (no user in the context) names none.
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tasks_select ON tasks FOR SELECT USING (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY tasks_insert ON tasks FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND (assignee_user_id IS NULL OR EXISTS (
    SELECT 1 FROM users u WHERE u.id = tasks.assignee_user_id AND u.organisation_id = app_current_organisation()
  ))
  AND (client_id IS NULL OR EXISTS (SELECT 1 FROM clients c WHERE c.id = tasks.client_id))
  AND (created_by_user_id IS NULL OR created_by_user_id = app_current_user())
);
--> statement-breakpoint
CREATE POLICY tasks_update ON tasks FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation() AND (closed_by_user_id IS NULL OR closed_by_user_id = app_current_user()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON tasks TO werkplein_app;
