CREATE TABLE "client_portal_accounts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"linked_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "assignment_clients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assignment_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"provider_organisation_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_by_id" uuid NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "instruments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"cbs_category" text,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"provider_organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"budget_cents" integer NOT NULL,
	"target_started" integer DEFAULT 0 NOT NULL,
	"target_to_work" integer DEFAULT 0 NOT NULL,
	"target_max_drop_out_percent" integer,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "trajectories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"provider_organisation_id" uuid,
	"assignment_id" uuid,
	"prb_participant_id" uuid,
	"start_date" date NOT NULL,
	"planned_end_date" date NOT NULL,
	"cost_cents" integer NOT NULL,
	"goal_rung" integer NOT NULL,
	"rung_before" integer,
	"status" text DEFAULT 'running' NOT NULL,
	"end_date" date,
	"outcome" text,
	"outcome_hours" integer,
	"outcome_contract_type" text,
	"outcome_reason" text,
	"rung_after" integer,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by_id" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_progress_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_organisation_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "polis_signatures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"party" text NOT NULL,
	"signed_by_id" uuid NOT NULL,
	"signer_name" text NOT NULL,
	"content_hash" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "polis_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"trajectory_id" uuid,
	"responsible" text NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "polis_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"polis_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"municipality_obligations" jsonb NOT NULL,
	"client_obligations" jsonb NOT NULL,
	"goal_rung" integer NOT NULL,
	"change_note" text,
	"content_hash" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "polisses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prb_advisors" (
	"programme_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prb_advisors_programme_id_user_id_pk" PRIMARY KEY("programme_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "prb_commitments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"cost_line_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"supplier" text NOT NULL,
	"description" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"paid_cents" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prb_cost_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"category" text NOT NULL,
	"supplier" text NOT NULL,
	"description" text NOT NULL,
	"amount_cents" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prb_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"decided_by_id" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"response" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prb_invoices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"commitment_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"invoice_number" text NOT NULL,
	"invoice_date" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prb_participants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"client_display_name" text NOT NULL,
	"advisor_id" uuid,
	"trajectory_id" uuid NOT NULL,
	"intake_note" text,
	"budget_cents" integer NOT NULL,
	"committed_cents" integer DEFAULT 0 NOT NULL,
	"paid_cents" integer DEFAULT 0 NOT NULL,
	"admitted_by_id" uuid NOT NULL,
	"admitted_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prb_programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"cohort_size" integer NOT NULL,
	"admitted_count" integer DEFAULT 0 NOT NULL,
	"max_budget_per_client_cents" integer NOT NULL,
	"instrument_id" uuid NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prb_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"goal" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"total_cents" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"decision_reason" text,
	"revision" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_portal_accounts" ADD CONSTRAINT "client_portal_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_portal_accounts" ADD CONSTRAINT "client_portal_accounts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_portal_accounts" ADD CONSTRAINT "client_portal_accounts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_portal_accounts" ADD CONSTRAINT "client_portal_accounts_linked_by_id_users_id_fk" FOREIGN KEY ("linked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_clients" ADD CONSTRAINT "assignment_clients_assignment_id_provider_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."provider_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_clients" ADD CONSTRAINT "assignment_clients_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_clients" ADD CONSTRAINT "assignment_clients_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_clients" ADD CONSTRAINT "assignment_clients_provider_organisation_id_organisations_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_clients" ADD CONSTRAINT "assignment_clients_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruments" ADD CONSTRAINT "instruments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_assignments" ADD CONSTRAINT "provider_assignments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_assignments" ADD CONSTRAINT "provider_assignments_provider_organisation_id_organisations_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_assignments" ADD CONSTRAINT "provider_assignments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_provider_organisation_id_organisations_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_assignment_id_provider_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."provider_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_progress_reports" ADD CONSTRAINT "trajectory_progress_reports_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_progress_reports" ADD CONSTRAINT "trajectory_progress_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_progress_reports" ADD CONSTRAINT "trajectory_progress_reports_author_organisation_id_organisations_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_progress_reports" ADD CONSTRAINT "trajectory_progress_reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polis_signatures" ADD CONSTRAINT "polis_signatures_version_id_polis_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."polis_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polis_signatures" ADD CONSTRAINT "polis_signatures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polis_signatures" ADD CONSTRAINT "polis_signatures_signed_by_id_users_id_fk" FOREIGN KEY ("signed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polis_steps" ADD CONSTRAINT "polis_steps_version_id_polis_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."polis_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polis_steps" ADD CONSTRAINT "polis_steps_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polis_steps" ADD CONSTRAINT "polis_steps_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polis_versions" ADD CONSTRAINT "polis_versions_polis_id_polisses_id_fk" FOREIGN KEY ("polis_id") REFERENCES "public"."polisses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polis_versions" ADD CONSTRAINT "polis_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polis_versions" ADD CONSTRAINT "polis_versions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polis_versions" ADD CONSTRAINT "polis_versions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polisses" ADD CONSTRAINT "polisses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polisses" ADD CONSTRAINT "polisses_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polisses" ADD CONSTRAINT "polisses_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_advisors" ADD CONSTRAINT "prb_advisors_programme_id_prb_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."prb_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_advisors" ADD CONSTRAINT "prb_advisors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_advisors" ADD CONSTRAINT "prb_advisors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_commitments" ADD CONSTRAINT "prb_commitments_participant_id_prb_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."prb_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_commitments" ADD CONSTRAINT "prb_commitments_proposal_id_prb_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."prb_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_commitments" ADD CONSTRAINT "prb_commitments_cost_line_id_prb_cost_lines_id_fk" FOREIGN KEY ("cost_line_id") REFERENCES "public"."prb_cost_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_commitments" ADD CONSTRAINT "prb_commitments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_cost_lines" ADD CONSTRAINT "prb_cost_lines_proposal_id_prb_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."prb_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_cost_lines" ADD CONSTRAINT "prb_cost_lines_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_decisions" ADD CONSTRAINT "prb_decisions_proposal_id_prb_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."prb_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_decisions" ADD CONSTRAINT "prb_decisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_decisions" ADD CONSTRAINT "prb_decisions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_invoices" ADD CONSTRAINT "prb_invoices_commitment_id_prb_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."prb_commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_invoices" ADD CONSTRAINT "prb_invoices_participant_id_prb_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."prb_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_invoices" ADD CONSTRAINT "prb_invoices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_invoices" ADD CONSTRAINT "prb_invoices_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_participants" ADD CONSTRAINT "prb_participants_programme_id_prb_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."prb_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_participants" ADD CONSTRAINT "prb_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_participants" ADD CONSTRAINT "prb_participants_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_participants" ADD CONSTRAINT "prb_participants_advisor_id_users_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_participants" ADD CONSTRAINT "prb_participants_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_participants" ADD CONSTRAINT "prb_participants_admitted_by_id_users_id_fk" FOREIGN KEY ("admitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_programmes" ADD CONSTRAINT "prb_programmes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_programmes" ADD CONSTRAINT "prb_programmes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_proposals" ADD CONSTRAINT "prb_proposals_participant_id_prb_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."prb_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_proposals" ADD CONSTRAINT "prb_proposals_programme_id_prb_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."prb_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_proposals" ADD CONSTRAINT "prb_proposals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_proposals" ADD CONSTRAINT "prb_proposals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_proposals" ADD CONSTRAINT "prb_proposals_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prb_proposals" ADD CONSTRAINT "prb_proposals_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "client_portal_accounts_client_key" ON "client_portal_accounts" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "assignment_clients_provider_idx" ON "assignment_clients" USING btree ("provider_organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "assignment_clients_assignment_idx" ON "assignment_clients" USING btree ("assignment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "instruments_organisation_name_key" ON "instruments" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "provider_assignments_organisation_idx" ON "provider_assignments" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "provider_assignments_provider_idx" ON "provider_assignments" USING btree ("provider_organisation_id");--> statement-breakpoint
CREATE INDEX "trajectories_client_idx" ON "trajectories" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "trajectories_organisation_idx" ON "trajectories" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "trajectories_provider_idx" ON "trajectories" USING btree ("provider_organisation_id");--> statement-breakpoint
CREATE INDEX "trajectories_instrument_idx" ON "trajectories" USING btree ("instrument_id");--> statement-breakpoint
CREATE INDEX "trajectory_progress_reports_trajectory_idx" ON "trajectory_progress_reports" USING btree ("trajectory_id");--> statement-breakpoint
CREATE UNIQUE INDEX "polis_signatures_version_party_key" ON "polis_signatures" USING btree ("version_id","party");--> statement-breakpoint
CREATE UNIQUE INDEX "polis_steps_version_position_key" ON "polis_steps" USING btree ("version_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "polis_versions_polis_number_key" ON "polis_versions" USING btree ("polis_id","version_number");--> statement-breakpoint
CREATE INDEX "polis_versions_client_idx" ON "polis_versions" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "polisses_client_idx" ON "polisses" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "prb_advisors_user_idx" ON "prb_advisors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "prb_commitments_participant_idx" ON "prb_commitments" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "prb_commitments_cost_line_key" ON "prb_commitments" USING btree ("cost_line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "prb_cost_lines_proposal_position_key" ON "prb_cost_lines" USING btree ("proposal_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "prb_decisions_idempotency_key" ON "prb_decisions" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "prb_invoices_commitment_number_key" ON "prb_invoices" USING btree ("commitment_id","invoice_number");--> statement-breakpoint
CREATE UNIQUE INDEX "prb_participants_programme_client_key" ON "prb_participants" USING btree ("programme_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "prb_programmes_organisation_name_key" ON "prb_programmes" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "prb_proposals_participant_idx" ON "prb_proposals" USING btree ("participant_id");