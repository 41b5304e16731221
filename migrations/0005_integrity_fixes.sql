-- Integrity fixes found by the integration suite.

-- 1. The audit chain: the row id is drawn after the head lock, so id order equals chain order even when many
--    requests write at once (the identity default was drawn before the trigger ran).
CREATE OR REPLACE FUNCTION audit_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    head audit_head%ROWTYPE;
  BEGIN
    SELECT * INTO head FROM audit_head WHERE id = 'head' FOR UPDATE;
    NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    NEW.prev_hash := head.last_hash;
    NEW.hash := audit_row_digest(head.last_hash, NEW);
    UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash, row_count = head.row_count + 1 WHERE id = 'head';
    RETURN NEW;
  END
  $$;
--> statement-breakpoint

-- 2. Consents and ladder assessments may only be written for a client the organisation owns (the policies
--    checked only the owner column the writer filled in itself).
DROP POLICY client_consents_insert ON client_consents;
--> statement-breakpoint
CREATE POLICY client_consents_insert ON client_consents FOR INSERT WITH CHECK (
  owner_organisation_id = app_current_organisation()
  AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND c.organisation_id = app_current_organisation())
);
--> statement-breakpoint
DROP POLICY ladder_assessments_insert ON ladder_assessments;
--> statement-breakpoint
CREATE POLICY ladder_assessments_insert ON ladder_assessments FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND c.organisation_id = app_current_organisation())
);
--> statement-breakpoint

-- 3. A proposal may only be made for a client the organisation can see (own, or shared by consent: the
--    subquery on clients runs under the clients policy).
DROP POLICY candidate_proposals_insert ON candidate_proposals;
--> statement-breakpoint
CREATE POLICY candidate_proposals_insert ON candidate_proposals FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id)
);
--> statement-breakpoint

-- 4. At most one active consent per client and partner, also when two are recorded at the same moment.
CREATE UNIQUE INDEX client_consents_active_key ON client_consents (client_id, organisation_id) WHERE withdrawn_at IS NULL;
