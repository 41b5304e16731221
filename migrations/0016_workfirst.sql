CREATE TABLE "workfirst_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"submitted_on" date,
	"decided_on" date,
	"outcome" text,
	"search_period" boolean NOT NULL,
	"work_started_on" date,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workfirst_applications_outcome" CHECK ("workfirst_applications"."outcome" IS NULL OR "workfirst_applications"."outcome" IN ('granted', 'refused', 'withdrawn', 'not_pursued'))
);
--> statement-breakpoint
CREATE TABLE "workfirst_attendance" (
	"placement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"hours_planned" double precision NOT NULL,
	"hours_present" double precision NOT NULL,
	"absence_excused_hours" double precision NOT NULL,
	"absence_unexcused_hours" double precision NOT NULL,
	"note" text,
	"registered_by_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workfirst_attendance_placement_id_week_start_pk" PRIMARY KEY("placement_id","week_start"),
	CONSTRAINT "workfirst_attendance_hours" CHECK ("workfirst_attendance"."hours_present" >= 0 AND "workfirst_attendance"."absence_excused_hours" >= 0 AND "workfirst_attendance"."absence_unexcused_hours" >= 0 AND "workfirst_attendance"."hours_present" <= "workfirst_attendance"."hours_planned")
);
--> statement-breakpoint
CREATE TABLE "workfirst_diagnoses" (
	"placement_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"hours_per_week_feasible" double precision NOT NULL,
	"work_habits" text NOT NULL,
	"skills_seen" text NOT NULL,
	"limitations" text,
	"advice" text NOT NULL,
	"advice_note" text,
	"ladder_rung" integer NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workfirst_measures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"placement_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"category" text NOT NULL,
	"percent" integer NOT NULL,
	"duration_months" integer NOT NULL,
	"regulation_valid_from" date NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"effective_from" date,
	"client_response" text,
	"responded_at" timestamp with time zone,
	CONSTRAINT "workfirst_measures_placement_week" UNIQUE("placement_id","week_start"),
	CONSTRAINT "workfirst_measures_status" CHECK ("workfirst_measures"."status" IN ('proposed', 'confirmed', 'dropped')),
	CONSTRAINT "workfirst_measures_percent" CHECK ("workfirst_measures"."percent" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "workfirst_placements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"provider_kind" text NOT NULL,
	"provider_name" text NOT NULL,
	"activity" text NOT NULL,
	"hours_per_week" double precision NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workfirst_placements_period" CHECK ("workfirst_placements"."ends_on" >= "workfirst_placements"."starts_on"),
	CONSTRAINT "workfirst_placements_status" CHECK ("workfirst_placements"."status" IN ('active', 'completed', 'dropped_out')),
	CONSTRAINT "workfirst_placements_provider" CHECK ("workfirst_placements"."provider_kind" IN ('provider', 'own_company'))
);
--> statement-breakpoint
CREATE TABLE "workfirst_regulations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"min_hours_per_week" integer NOT NULL,
	"applications_target_per_week" integer NOT NULL,
	"hearing_days" integer NOT NULL,
	"ceiling_percent" integer NOT NULL,
	"categories" jsonb NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workfirst_regulations_org_valid_from" UNIQUE("organisation_id","valid_from"),
	CONSTRAINT "workfirst_regulations_ceiling" CHECK ("workfirst_regulations"."ceiling_percent" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "workfirst_search_weeks" (
	"application_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"job_applications" integer NOT NULL,
	"target" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workfirst_search_weeks_application_id_week_start_pk" PRIMARY KEY("application_id","week_start"),
	CONSTRAINT "workfirst_search_weeks_count" CHECK ("workfirst_search_weeks"."job_applications" >= 0)
);
--> statement-breakpoint
ALTER TABLE "workfirst_applications" ADD CONSTRAINT "workfirst_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_applications" ADD CONSTRAINT "workfirst_applications_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_applications" ADD CONSTRAINT "workfirst_applications_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_attendance" ADD CONSTRAINT "workfirst_attendance_placement_id_workfirst_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."workfirst_placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_attendance" ADD CONSTRAINT "workfirst_attendance_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_attendance" ADD CONSTRAINT "workfirst_attendance_registered_by_id_users_id_fk" FOREIGN KEY ("registered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_diagnoses" ADD CONSTRAINT "workfirst_diagnoses_placement_id_workfirst_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."workfirst_placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_diagnoses" ADD CONSTRAINT "workfirst_diagnoses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_diagnoses" ADD CONSTRAINT "workfirst_diagnoses_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_measures" ADD CONSTRAINT "workfirst_measures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_measures" ADD CONSTRAINT "workfirst_measures_placement_id_workfirst_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."workfirst_placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_measures" ADD CONSTRAINT "workfirst_measures_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_measures" ADD CONSTRAINT "workfirst_measures_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_placements" ADD CONSTRAINT "workfirst_placements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_placements" ADD CONSTRAINT "workfirst_placements_application_id_workfirst_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."workfirst_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_placements" ADD CONSTRAINT "workfirst_placements_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_placements" ADD CONSTRAINT "workfirst_placements_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_regulations" ADD CONSTRAINT "workfirst_regulations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_regulations" ADD CONSTRAINT "workfirst_regulations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_search_weeks" ADD CONSTRAINT "workfirst_search_weeks_application_id_workfirst_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."workfirst_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workfirst_search_weeks" ADD CONSTRAINT "workfirst_search_weeks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workfirst_applications_client_idx" ON "workfirst_applications" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "workfirst_applications_org_reported_idx" ON "workfirst_applications" USING btree ("organisation_id","reported_on");--> statement-breakpoint
CREATE INDEX "workfirst_measures_client_idx" ON "workfirst_measures" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "workfirst_placements_client_idx" ON "workfirst_placements" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "workfirst_placements_org_period_idx" ON "workfirst_placements" USING btree ("organisation_id","starts_on","ends_on");--> statement-breakpoint
-- Work First belongs to the municipality that owns the client file: every row only for its organisation.
-- A new application, placement or measure is about a client file the organisation may see (the subquery
-- runs under the clients policy), and its maker is the signed-in user.
ALTER TABLE workfirst_regulations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workfirst_regulations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workfirst_regulations_select ON workfirst_regulations FOR SELECT USING (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY workfirst_regulations_insert ON workfirst_regulations FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation() AND created_by_id = app_current_user()
);
--> statement-breakpoint
CREATE POLICY workfirst_regulations_update ON workfirst_regulations FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
ALTER TABLE workfirst_applications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workfirst_applications FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workfirst_applications_select ON workfirst_applications FOR SELECT USING (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY workfirst_applications_insert ON workfirst_applications FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND created_by_id = app_current_user()
  AND EXISTS (SELECT 1 FROM clients c WHERE c.id = workfirst_applications.client_id AND c.organisation_id = app_current_organisation())
);
--> statement-breakpoint
CREATE POLICY workfirst_applications_update ON workfirst_applications FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
ALTER TABLE workfirst_search_weeks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workfirst_search_weeks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workfirst_search_weeks_select ON workfirst_search_weeks FOR SELECT USING (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY workfirst_search_weeks_insert ON workfirst_search_weeks FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND EXISTS (SELECT 1 FROM workfirst_applications a WHERE a.id = workfirst_search_weeks.application_id)
);
--> statement-breakpoint
CREATE POLICY workfirst_search_weeks_update ON workfirst_search_weeks FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
ALTER TABLE workfirst_placements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workfirst_placements FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workfirst_placements_select ON workfirst_placements FOR SELECT USING (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY workfirst_placements_insert ON workfirst_placements FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND created_by_id = app_current_user()
  AND EXISTS (
    SELECT 1 FROM workfirst_applications a
    WHERE a.id = workfirst_placements.application_id AND a.client_id = workfirst_placements.client_id
  )
);
--> statement-breakpoint
CREATE POLICY workfirst_placements_update ON workfirst_placements FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
ALTER TABLE workfirst_attendance ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workfirst_attendance FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workfirst_attendance_select ON workfirst_attendance FOR SELECT USING (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY workfirst_attendance_insert ON workfirst_attendance FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND registered_by_id = app_current_user()
  AND EXISTS (SELECT 1 FROM workfirst_placements p WHERE p.id = workfirst_attendance.placement_id)
);
--> statement-breakpoint
CREATE POLICY workfirst_attendance_update ON workfirst_attendance FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation() AND registered_by_id = app_current_user());
--> statement-breakpoint
ALTER TABLE workfirst_measures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workfirst_measures FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workfirst_measures_select ON workfirst_measures FOR SELECT USING (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY workfirst_measures_insert ON workfirst_measures FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND EXISTS (
    SELECT 1 FROM workfirst_placements p
    WHERE p.id = workfirst_measures.placement_id AND p.client_id = workfirst_measures.client_id
  )
);
--> statement-breakpoint
CREATE POLICY workfirst_measures_update ON workfirst_measures FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
ALTER TABLE workfirst_diagnoses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workfirst_diagnoses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workfirst_diagnoses_select ON workfirst_diagnoses FOR SELECT USING (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY workfirst_diagnoses_insert ON workfirst_diagnoses FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND recorded_by_id = app_current_user()
  AND EXISTS (SELECT 1 FROM workfirst_placements p WHERE p.id = workfirst_diagnoses.placement_id)
);
--> statement-breakpoint
CREATE POLICY workfirst_diagnoses_update ON workfirst_diagnoses FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation() AND recorded_by_id = app_current_user());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON workfirst_regulations, workfirst_applications, workfirst_search_weeks, workfirst_placements,
  workfirst_attendance, workfirst_measures, workfirst_diagnoses TO werkplein_app;
