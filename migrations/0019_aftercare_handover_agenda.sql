ALTER TABLE "appointments" ADD COLUMN "origin" text;--> statement-breakpoint
-- A warm handover in the agenda (ADR 0019): the organisation that planned it, its status (re-planned in place,
-- cancelled), and the neutral appointment it keeps in step in that organisation's agenda.
ALTER TABLE "release_notice_handovers" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
UPDATE release_notice_handovers h SET organisation_id = u.organisation_id FROM users u WHERE u.id = h.created_by_id;--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ALTER COLUMN "organisation_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ADD COLUMN "status" text DEFAULT 'planned' NOT NULL;--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ADD COLUMN "appointment_id" uuid;--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ADD CONSTRAINT "release_notice_handovers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ADD CONSTRAINT "release_notice_handovers_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_origin" CHECK ("appointments"."origin" IS NULL OR ("appointments"."origin" = 'aftercare_handover' AND "appointments"."client_id" IS NULL));--> statement-breakpoint
ALTER TABLE "release_notice_handovers" ADD CONSTRAINT "release_notice_handovers_status" CHECK ("release_notice_handovers"."status" IN ('planned', 'cancelled'));--> statement-breakpoint
-- Planned by its organisation's aftercare role, for the notice's own municipality and institution.
DROP POLICY release_notice_handovers_insert ON release_notice_handovers;
--> statement-breakpoint
CREATE POLICY release_notice_handovers_insert ON release_notice_handovers FOR INSERT WITH CHECK (
  aftercare_may_see(municipality_id, institution_id)
  AND created_by_id = app_current_user()
  AND organisation_id = app_current_organisation()
  AND EXISTS (
    SELECT 1 FROM release_notices n
    WHERE n.id = release_notice_handovers.notice_id AND n.municipality_id = release_notice_handovers.municipality_id
      AND n.institution_id IS NOT DISTINCT FROM release_notice_handovers.institution_id
  )
);
--> statement-breakpoint
-- Re-planned or cancelled only by the aftercare role of the organisation that planned it (its agenda holds the
-- appointment); the notice, its organisations and who planned it never change.
CREATE POLICY release_notice_handovers_update ON release_notice_handovers FOR UPDATE
  USING (aftercare_may_see(municipality_id, institution_id) AND organisation_id = app_current_organisation())
  WITH CHECK (aftercare_may_see(municipality_id, institution_id) AND organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT UPDATE (starts_at, place, participants, note, status, appointment_id, updated_at) ON release_notice_handovers TO werkplein_app;
--> statement-breakpoint
-- A cancelled handover is no handover: the task asks for one again.
CREATE OR REPLACE FUNCTION aftercare_handovers_due(p_today date, p_until date) RETURNS TABLE (id uuid, release_on date)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT n.id, n.expected_release_on
    FROM release_notices n
    WHERE n.municipality_id = app_current_organisation()
      AND n.released_on IS NULL
      AND n.expected_release_on BETWEEN p_today AND p_until
      AND NOT EXISTS (SELECT 1 FROM release_notice_handovers h WHERE h.notice_id = n.id AND h.status = 'planned')
  $$;
--> statement-breakpoint
-- The report counts planned (not cancelled) handovers.
CREATE OR REPLACE FUNCTION aftercare_report_figures(p_from date, p_to date, p_region boolean)
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
        EXISTS (SELECT 1 FROM release_notice_handovers h WHERE h.notice_id = n.id AND h.status = 'planned') AS handover,
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
