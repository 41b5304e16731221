CREATE TABLE "release_notice_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"notice_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"institution_id" uuid,
	"moment" text NOT NULL,
	"domains" jsonb NOT NULL,
	"recorded_on" date NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	CONSTRAINT "release_notice_assessments_moment" UNIQUE("notice_id","moment"),
	CONSTRAINT "release_notice_assessments_moment_kind" CHECK ("release_notice_assessments"."moment" IN ('notice', 'release', 'month3', 'month6'))
);
--> statement-breakpoint
CREATE TABLE "release_notice_domains" (
	"notice_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"institution_id" uuid,
	"domain" text NOT NULL,
	"status" text NOT NULL,
	"owner" text,
	"notes" text,
	"planned_on" date,
	"updated_by_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "release_notice_domains_notice_id_domain_pk" PRIMARY KEY("notice_id","domain"),
	CONSTRAINT "release_notice_domains_domain" CHECK ("release_notice_domains"."domain" IN ('id_document', 'housing', 'income_work', 'debts', 'care', 'social_network')),
	CONSTRAINT "release_notice_domains_status" CHECK ("release_notice_domains"."status" IN ('arranged', 'in_progress', 'problem', 'not_needed'))
);
--> statement-breakpoint
CREATE TABLE "release_notice_handovers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"notice_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"institution_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"participants" jsonb NOT NULL,
	"note" text,
	"created_by_id" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "release_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"institution_id" uuid,
	"without_notice" boolean DEFAULT false NOT NULL,
	"bsn" text NOT NULL,
	"first_name" text NOT NULL,
	"surname_prefix" text,
	"surname" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"notified_on" date NOT NULL,
	"detention_started_on" date,
	"expected_release_on" date NOT NULL,
	"released_on" date,
	"activities" text,
	"prolific_offender" boolean DEFAULT false NOT NULL,
	"support_lines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"case_conference_on" date,
	"case_conference_notes" text,
	"client_id" uuid,
	"work_started_on" date,
	"created_by_id" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "release_notices_period" CHECK ("release_notices"."detention_started_on" IS NULL OR "release_notices"."expected_release_on" >= "release_notices"."detention_started_on"),
	CONSTRAINT "release_notices_released" CHECK ("release_notices"."released_on" IS NULL OR "release_notices"."detention_started_on" IS NULL OR "release_notices"."released_on" >= "release_notices"."detention_started_on"),
	CONSTRAINT "release_notices_institution" CHECK ("release_notices"."without_notice" OR "release_notices"."institution_id" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_subject_type";--> statement-breakpoint
ALTER TABLE "release_notice_assessments" ADD CONSTRAINT "release_notice_assessments_notice_id_release_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."release_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_assessments" ADD CONSTRAINT "release_notice_assessments_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_assessments" ADD CONSTRAINT "release_notice_assessments_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_assessments" ADD CONSTRAINT "release_notice_assessments_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_domains" ADD CONSTRAINT "release_notice_domains_notice_id_release_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."release_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_domains" ADD CONSTRAINT "release_notice_domains_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_domains" ADD CONSTRAINT "release_notice_domains_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_domains" ADD CONSTRAINT "release_notice_domains_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ADD CONSTRAINT "release_notice_handovers_notice_id_release_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."release_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ADD CONSTRAINT "release_notice_handovers_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ADD CONSTRAINT "release_notice_handovers_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ADD CONSTRAINT "release_notice_handovers_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notices" ADD CONSTRAINT "release_notices_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notices" ADD CONSTRAINT "release_notices_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notices" ADD CONSTRAINT "release_notices_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notices" ADD CONSTRAINT "release_notices_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "release_notice_handovers_notice_idx" ON "release_notice_handovers" USING btree ("notice_id");--> statement-breakpoint
CREATE INDEX "release_notices_municipality_idx" ON "release_notices" USING btree ("municipality_id","expected_release_on");--> statement-breakpoint
CREATE INDEX "release_notices_institution_idx" ON "release_notices" USING btree ("institution_id","notified_on");--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_subject_type" CHECK ("tasks"."subject_type" IN ('client', 'employer', 'vacancy', 'trajectory', 'placement_proposal', 'release_notice'));--> statement-breakpoint
-- Aftercare (nazorg) holds criminal-justice data (GDPR art. 10, ADR 0019). A row is visible only to a user
-- of the notice's municipality who holds the nazorgcoordinator role there, or to a user of the notifying
-- institution who holds the inrichtingsmedewerker role there: the organisation AND the role, in the
-- database itself. Every child row carries its notice's municipality and institution, checked on insert.
CREATE FUNCTION aftercare_may_see(p_municipality uuid, p_institution uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1
      FROM users u
      JOIN user_roles r ON r.user_id = u.id
      JOIN organisations o ON o.id = u.organisation_id
      WHERE u.id = app_current_user() AND u.active AND u.organisation_id = app_current_organisation()
        AND ((o.id = p_municipality AND o.kind = 'gemeente' AND r.role = 'nazorgcoordinator')
          OR (o.id = p_institution AND o.kind = 'penitentiaire_inrichting' AND r.role = 'inrichtingsmedewerker'))
    )
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION aftercare_may_see(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION aftercare_may_see(uuid, uuid) TO werkplein_app;
--> statement-breakpoint
ALTER TABLE release_notices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE release_notices FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY release_notices_select ON release_notices FOR SELECT USING (aftercare_may_see(municipality_id, institution_id));
--> statement-breakpoint
CREATE POLICY release_notices_insert ON release_notices FOR INSERT WITH CHECK (
  aftercare_may_see(municipality_id, institution_id) AND created_by_id = app_current_user()
);
--> statement-breakpoint
CREATE POLICY release_notices_update ON release_notices FOR UPDATE
  USING (aftercare_may_see(municipality_id, institution_id))
  WITH CHECK (aftercare_may_see(municipality_id, institution_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON release_notices TO werkplein_app;
--> statement-breakpoint
ALTER TABLE release_notice_domains ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE release_notice_domains FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY release_notice_domains_select ON release_notice_domains FOR SELECT USING (aftercare_may_see(municipality_id, institution_id));
--> statement-breakpoint
CREATE POLICY release_notice_domains_insert ON release_notice_domains FOR INSERT WITH CHECK (
  aftercare_may_see(municipality_id, institution_id)
  AND updated_by_id = app_current_user()
  AND EXISTS (
    SELECT 1 FROM release_notices n
    WHERE n.id = release_notice_domains.notice_id AND n.municipality_id = release_notice_domains.municipality_id
      AND n.institution_id IS NOT DISTINCT FROM release_notice_domains.institution_id
  )
);
--> statement-breakpoint
CREATE POLICY release_notice_domains_update ON release_notice_domains FOR UPDATE
  USING (aftercare_may_see(municipality_id, institution_id))
  WITH CHECK (aftercare_may_see(municipality_id, institution_id) AND updated_by_id = app_current_user());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON release_notice_domains TO werkplein_app;
--> statement-breakpoint
ALTER TABLE release_notice_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE release_notice_assessments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY release_notice_assessments_select ON release_notice_assessments FOR SELECT USING (aftercare_may_see(municipality_id, institution_id));
--> statement-breakpoint
CREATE POLICY release_notice_assessments_insert ON release_notice_assessments FOR INSERT WITH CHECK (
  aftercare_may_see(municipality_id, institution_id)
  AND recorded_by_id = app_current_user()
  AND EXISTS (
    SELECT 1 FROM release_notices n
    WHERE n.id = release_notice_assessments.notice_id AND n.municipality_id = release_notice_assessments.municipality_id
      AND n.institution_id IS NOT DISTINCT FROM release_notice_assessments.institution_id
  )
);
--> statement-breakpoint
GRANT SELECT, INSERT ON release_notice_assessments TO werkplein_app;
--> statement-breakpoint
ALTER TABLE release_notice_handovers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE release_notice_handovers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY release_notice_handovers_select ON release_notice_handovers FOR SELECT USING (aftercare_may_see(municipality_id, institution_id));
--> statement-breakpoint
CREATE POLICY release_notice_handovers_insert ON release_notice_handovers FOR INSERT WITH CHECK (
  aftercare_may_see(municipality_id, institution_id)
  AND created_by_id = app_current_user()
  AND EXISTS (
    SELECT 1 FROM release_notices n
    WHERE n.id = release_notice_handovers.notice_id AND n.municipality_id = release_notice_handovers.municipality_id
      AND n.institution_id IS NOT DISTINCT FROM release_notice_handovers.institution_id
  )
);
--> statement-breakpoint
GRANT SELECT, INSERT ON release_notice_handovers TO werkplein_app;
--> statement-breakpoint
-- The work queue's rule runs per municipality without a user, so the policies above show it nothing. This
-- function gives it ids and release days only, of the current municipality's notices released within the
-- window without a planned handover.
CREATE FUNCTION aftercare_handovers_due(p_today date, p_until date) RETURNS TABLE (id uuid, release_on date)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT n.id, n.expected_release_on
    FROM release_notices n
    WHERE n.municipality_id = app_current_organisation()
      AND n.released_on IS NULL
      AND n.expected_release_on BETWEEN p_today AND p_until
      AND NOT EXISTS (SELECT 1 FROM release_notice_handovers h WHERE h.notice_id = n.id)
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION aftercare_handovers_due(date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION aftercare_handovers_due(date, date) TO werkplein_app;
--> statement-breakpoint
-- Report: counts per municipality and institution (never a row about a person) of the notices made in the
-- period, for the coordinator or beleidsadviseur of a municipality: its own, or every municipality of its
-- labour-market region. The service suppresses counts under 10.
CREATE FUNCTION aftercare_report_figures(p_from date, p_to date, p_region boolean)
  RETURNS TABLE (municipality_id uuid, institution_id uuid, notices integer, without_notice integer, in_time integer,
                 handovers integer, arranged_release integer, assessed_6m integer, arranged_6m integer, work integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    WITH caller AS (
      SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id JOIN organisations o ON o.id = u.organisation_id
      WHERE u.id = app_current_user() AND u.active AND u.organisation_id = app_current_organisation()
        AND o.kind = 'gemeente' AND r.role IN ('nazorgcoordinator', 'beleidsadviseur')
      LIMIT 1
    ),
    scope AS (
      SELECT o.id FROM organisations o
      WHERE EXISTS (SELECT 1 FROM caller) AND o.kind = 'gemeente'
        AND (o.id = app_current_organisation() OR (p_region AND o.region IS NOT NULL AND o.region = app_current_region()))
    ),
    facts AS (
      SELECT
        n.municipality_id,
        n.institution_id,
        n.without_notice,
        (NOT n.without_notice AND n.notified_on + 28 <= coalesce(n.released_on, n.expected_release_on)) AS in_time,
        EXISTS (SELECT 1 FROM release_notice_handovers h WHERE h.notice_id = n.id) AS handover,
        (SELECT count(*) FROM release_notice_assessments a, jsonb_array_elements(a.domains) d
          WHERE a.notice_id = n.id AND a.moment = 'release'
            AND d->>'domain' IN ('id_document', 'housing', 'income_work', 'debts', 'care')
            AND d->>'status' IN ('arranged', 'not_needed')) = 5 AS arranged_release,
        EXISTS (SELECT 1 FROM release_notice_assessments a WHERE a.notice_id = n.id AND a.moment = 'month6') AS assessed_6m,
        (SELECT count(*) FROM release_notice_assessments a, jsonb_array_elements(a.domains) d
          WHERE a.notice_id = n.id AND a.moment = 'month6'
            AND d->>'domain' IN ('id_document', 'housing', 'income_work', 'debts', 'care')
            AND d->>'status' IN ('arranged', 'not_needed')) = 5 AS arranged_6m,
        (n.work_started_on IS NOT NULL OR (n.client_id IS NOT NULL AND EXISTS (
          SELECT 1 FROM candidate_proposals cp WHERE cp.client_id = n.client_id AND cp.status = 'placed'
        ))) AS work
      FROM release_notices n
      WHERE n.municipality_id IN (SELECT id FROM scope) AND n.notified_on BETWEEN p_from AND p_to
    )
    SELECT municipality_id, institution_id,
      count(*)::int,
      count(*) FILTER (WHERE without_notice)::int,
      count(*) FILTER (WHERE in_time)::int,
      count(*) FILTER (WHERE handover)::int,
      count(*) FILTER (WHERE arranged_release)::int,
      count(*) FILTER (WHERE assessed_6m)::int,
      count(*) FILTER (WHERE arranged_6m)::int,
      count(*) FILTER (WHERE work)::int
    FROM facts
    GROUP BY municipality_id, institution_id
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION aftercare_report_figures(date, date, boolean) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION aftercare_report_figures(date, date, boolean) TO werkplein_app;
