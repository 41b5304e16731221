-- PRB advisors (who may work for another organisation than the municipality) read the PRB trajectories of
-- the programmes they advise through row-level security, instead of the service switching organisation
-- context; and the BSNs of those participants, for the processing log only, through one narrow function.

DROP POLICY trajectories_select ON trajectories;
--> statement-breakpoint
CREATE POLICY trajectories_select ON trajectories FOR SELECT USING (
  organisation_id = app_current_organisation()
  OR provider_organisation_id = app_current_organisation()
  OR (
    prb_participant_id IS NOT NULL
    AND EXISTS (SELECT 1 FROM prb_participants p WHERE p.id = trajectories.prb_participant_id AND app_is_prb_advisor(p.programme_id))
  )
);
--> statement-breakpoint
-- Runs with its owner's rights (the schema owner, who bypasses RLS), but returns only the BSNs of
-- participants the caller owns or advises; the application uses them to pseudonymise processing-log lines.
CREATE FUNCTION prb_participant_bsns(p_participants uuid[]) RETURNS TABLE (participant_id uuid, bsn text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT p.id, c.bsn FROM prb_participants p JOIN clients c ON c.id = p.client_id
    WHERE p.id = ANY (p_participants)
      AND (p.organisation_id = app_current_organisation() OR app_is_prb_advisor(p.programme_id))
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION prb_participant_bsns(uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION prb_participant_bsns(uuid[]) TO werkplein_app;
