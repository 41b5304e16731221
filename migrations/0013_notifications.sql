CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"link_path" text NOT NULL,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_text" CHECK (length(btrim("notifications"."title")) BETWEEN 1 AND 200 AND "notifications"."kind" ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$'),
	CONSTRAINT "notifications_link_path" CHECK ("notifications"."link_path" ~ '^/[^/\s][^\s]*$' OR "notifications"."link_path" = '/')
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_recipient_key" ON "notifications" USING btree ("recipient_id","dedupe_key");--> statement-breakpoint

-- Notifications: only the recipient, signed in to their own organisation, reads and marks them. A module
-- may notify a user of the organisation whose tenant transaction it runs in (the recipient must belong to
-- it); nobody else reads the row, not even the one who caused it. Only read_at can change.
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notifications_select ON notifications FOR SELECT USING (
  organisation_id = app_current_organisation() AND recipient_id = app_current_user()
);
--> statement-breakpoint
CREATE POLICY notifications_insert ON notifications FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND EXISTS (SELECT 1 FROM users u WHERE u.id = notifications.recipient_id AND u.organisation_id = notifications.organisation_id)
);
--> statement-breakpoint
CREATE POLICY notifications_update ON notifications FOR UPDATE
  USING (organisation_id = app_current_organisation() AND recipient_id = app_current_user())
  WITH CHECK (organisation_id = app_current_organisation() AND recipient_id = app_current_user());
--> statement-breakpoint
GRANT SELECT, INSERT ON notifications TO werkplein_app;
--> statement-breakpoint
GRANT UPDATE (read_at) ON notifications TO werkplein_app;
