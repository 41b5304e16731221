ALTER TABLE "client_consents" ADD COLUMN "valid_until" date;--> statement-breakpoint
ALTER TABLE "client_consents" ADD CONSTRAINT "client_consents_valid_until_after_granted" CHECK ("client_consents"."valid_until" IS NULL OR "client_consents"."valid_until" >= ("client_consents"."granted_at" AT TIME ZONE 'Europe/Amsterdam')::date);--> statement-breakpoint

-- A consent past its valid_until (the last Amsterdam day it is in force) no longer shows the partner the
-- client file or its ladder history: the two policies that read client_consents, again, with that condition.
DROP POLICY clients_select ON clients;
--> statement-breakpoint
CREATE POLICY clients_select ON clients FOR SELECT USING (
  organisation_id = app_current_organisation()
  OR EXISTS (
    SELECT 1 FROM client_consents c
    WHERE c.client_id = clients.id AND c.organisation_id = app_current_organisation() AND c.withdrawn_at IS NULL
      AND (c.valid_until IS NULL OR c.valid_until >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)
  )
  OR EXISTS (
    SELECT 1 FROM assignment_clients a
    WHERE a.client_id = clients.id AND a.provider_organisation_id = app_current_organisation() AND a.ended_at IS NULL
  )
);
--> statement-breakpoint
DROP POLICY ladder_assessments_select ON ladder_assessments;
--> statement-breakpoint
CREATE POLICY ladder_assessments_select ON ladder_assessments FOR SELECT USING (
  organisation_id = app_current_organisation()
  OR EXISTS (
    SELECT 1 FROM client_consents c
    WHERE c.client_id = ladder_assessments.client_id AND c.organisation_id = app_current_organisation() AND c.withdrawn_at IS NULL
      AND (c.valid_until IS NULL OR c.valid_until >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)
  )
  OR EXISTS (
    SELECT 1 FROM assignment_clients a
    WHERE a.client_id = ladder_assessments.client_id AND a.provider_organisation_id = app_current_organisation() AND a.ended_at IS NULL
  )
);
--> statement-breakpoint

-- Renewal: a consent for a period may be followed by a new one for the same partner before or after it ends
-- (the older row stays as it was). Still at most one open-ended consent per partner, and no two with the
-- same end, also when recorded at the same moment.
DROP INDEX client_consents_active_key;
--> statement-breakpoint
CREATE UNIQUE INDEX client_consents_active_key ON client_consents (client_id, organisation_id, coalesce(valid_until, 'infinity'::date))
  WHERE withdrawn_at IS NULL;
