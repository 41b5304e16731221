CREATE TABLE "appointment_participants" (
	"appointment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "appointment_participants_appointment_id_user_id_pk" PRIMARY KEY("appointment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"video_url" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"outcome_note" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_ends_after_start" CHECK ("appointments"."ends_at" > "appointments"."starts_at"),
	CONSTRAINT "appointments_status" CHECK ("appointments"."status" IN ('planned', 'held', 'cancelled', 'no_show'))
);
--> statement-breakpoint
ALTER TABLE "appointment_participants" ADD CONSTRAINT "appointment_participants_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_participants" ADD CONSTRAINT "appointment_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_participants" ADD CONSTRAINT "appointment_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_participants_user_idx" ON "appointment_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "appointments_organisation_starts_idx" ON "appointments" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_client_starts_idx" ON "appointments" USING btree ("client_id","starts_at");--> statement-breakpoint
-- An appointment belongs to the organisation that planned it. A new one names the signed-in user as its
-- maker, and its client is a file the organisation may see (the subquery runs under the clients policy).
ALTER TABLE appointments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE appointments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY appointments_select ON appointments FOR SELECT USING (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY appointments_insert ON appointments FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND created_by_id = app_current_user()
  AND (client_id IS NULL OR EXISTS (SELECT 1 FROM clients c WHERE c.id = appointments.client_id))
);
--> statement-breakpoint
CREATE POLICY appointments_update ON appointments FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
-- Participants are users of the appointment's organisation.
ALTER TABLE appointment_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE appointment_participants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY appointment_participants_select ON appointment_participants FOR SELECT USING (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY appointment_participants_insert ON appointment_participants FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND EXISTS (SELECT 1 FROM appointments a WHERE a.id = appointment_participants.appointment_id)
  AND EXISTS (
    SELECT 1 FROM users u WHERE u.id = appointment_participants.user_id AND u.organisation_id = app_current_organisation()
  )
);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON appointments TO werkplein_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON appointment_participants TO werkplein_app;
