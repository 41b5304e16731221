CREATE TABLE "isco_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"level" integer NOT NULL,
	"label_nl" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"region_code" text,
	"region_name" text,
	"province_code" text,
	"province_name" text
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"uri" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"isco_code" text NOT NULL,
	"label_nl" text NOT NULL,
	"alt_labels_nl" text[] NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "postcode_areas" (
	"pc4" text PRIMARY KEY NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"place" text,
	"municipality_name" text
);
--> statement-breakpoint
CREATE TABLE "employer_agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"employer_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"description" text NOT NULL,
	"target_placements" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_contact_moments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"employer_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"notes" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"employer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"job_title" text,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kvk_number" text NOT NULL,
	"name" text NOT NULL,
	"sbi_code" text NOT NULL,
	"size_class" text NOT NULL,
	"street" text NOT NULL,
	"house_number" integer NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"portal_organisation_id" uuid,
	"lead_user_id" uuid,
	"lead_organisation_id" uuid,
	"lead_since" timestamp with time zone,
	"registered_by_organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vacancies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"employer_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" text,
	"occupation_uri" text NOT NULL,
	"isco_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"hours_per_week" integer NOT NULL,
	"postcode" text NOT NULL,
	"positions" integer NOT NULL,
	"education_level" text,
	"driving_licence_required" boolean NOT NULL,
	"skills" text[] NOT NULL,
	"start_date" date,
	"wage_min_cents" integer,
	"wage_max_cents" integer,
	"visibility" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"filled_at" timestamp with time zone,
	"created_by_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidate_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employer_organisation_id" uuid,
	"status" text NOT NULL,
	"introduction_consent" boolean DEFAULT false NOT NULL,
	"rejection_reason" text,
	"match_score" integer,
	"proposed_by_id" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"contract_type" text,
	"placed_hours" integer,
	"placed_start_date" date,
	"wage_subsidy" boolean,
	"job_coaching" boolean
);
--> statement-breakpoint
CREATE TABLE "placement_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"months" integer NOT NULL,
	"checked_on" date NOT NULL,
	"still_working" boolean NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "wanted_occupation_uris" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "wanted_isco_codes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "skills" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "available_from" date;--> statement-breakpoint
ALTER TABLE "employer_agreements" ADD CONSTRAINT "employer_agreements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_agreements" ADD CONSTRAINT "employer_agreements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contact_moments" ADD CONSTRAINT "employer_contact_moments_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contact_moments" ADD CONSTRAINT "employer_contact_moments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contact_moments" ADD CONSTRAINT "employer_contact_moments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_portal_organisation_id_organisations_id_fk" FOREIGN KEY ("portal_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_lead_user_id_users_id_fk" FOREIGN KEY ("lead_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_registered_by_organisation_id_organisations_id_fk" FOREIGN KEY ("registered_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_proposals" ADD CONSTRAINT "candidate_proposals_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_proposals" ADD CONSTRAINT "candidate_proposals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_proposals" ADD CONSTRAINT "candidate_proposals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_proposals" ADD CONSTRAINT "candidate_proposals_employer_organisation_id_organisations_id_fk" FOREIGN KEY ("employer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_proposals" ADD CONSTRAINT "candidate_proposals_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checks" ADD CONSTRAINT "placement_checks_proposal_id_candidate_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."candidate_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checks" ADD CONSTRAINT "placement_checks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupations_isco_idx" ON "occupations" USING btree ("isco_code");--> statement-breakpoint
CREATE INDEX "employer_agreements_employer_idx" ON "employer_agreements" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employer_contact_moments_employer_idx" ON "employer_contact_moments" USING btree ("employer_id","occurred_on");--> statement-breakpoint
CREATE INDEX "employer_contacts_employer_idx" ON "employer_contacts" USING btree ("employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_kvk_key" ON "employers" USING btree ("kvk_number");--> statement-breakpoint
CREATE INDEX "employers_name_idx" ON "employers" USING btree ("name");--> statement-breakpoint
CREATE INDEX "vacancies_organisation_idx" ON "vacancies" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "vacancies_employer_idx" ON "vacancies" USING btree ("employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_proposals_vacancy_client_key" ON "candidate_proposals" USING btree ("vacancy_id","client_id");--> statement-breakpoint
CREATE INDEX "candidate_proposals_organisation_idx" ON "candidate_proposals" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_checks_proposal_months_key" ON "placement_checks" USING btree ("proposal_id","months");