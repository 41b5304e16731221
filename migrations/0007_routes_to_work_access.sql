-- Routes to work: client-portal accounts, instruments, provider assignments, trajectories, the polis and
-- PRB programmes. Domain checks as a second line behind the API, and row-level security per organisation,
-- per assigned provider and per PRB advisor.

CREATE FUNCTION app_current_user() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_current_user() TO werkplein_app;
--> statement-breakpoint

-- Client-portal accounts: the organisation that owns the file links its client's user account.
ALTER TABLE client_portal_accounts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE client_portal_accounts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY client_portal_accounts_all ON client_portal_accounts
  USING (organisation_id = app_current_organisation() OR user_id = app_current_user())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON client_portal_accounts TO werkplein_app;
--> statement-breakpoint

-- Instruments: the catalogue is not personal data; every organisation may read it, only the owner changes it.
ALTER TABLE instruments ADD CONSTRAINT instruments_name_not_blank CHECK (length(btrim(name)) > 0);
--> statement-breakpoint
ALTER TABLE instruments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE instruments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY instruments_select ON instruments FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY instruments_insert ON instruments FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY instruments_update ON instruments FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON instruments TO werkplein_app;
--> statement-breakpoint

-- Provider assignments and their clients: the municipality and the provider both see them.
ALTER TABLE provider_assignments ADD CONSTRAINT provider_assignments_amounts CHECK (
  budget_cents >= 0 AND target_started >= 0 AND target_to_work >= 0
  AND (target_max_drop_out_percent IS NULL OR target_max_drop_out_percent BETWEEN 0 AND 100)
  AND period_end >= period_start AND provider_organisation_id <> organisation_id
);
--> statement-breakpoint
ALTER TABLE provider_assignments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE provider_assignments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY provider_assignments_select ON provider_assignments FOR SELECT USING (
  organisation_id = app_current_organisation() OR provider_organisation_id = app_current_organisation()
);
--> statement-breakpoint
CREATE POLICY provider_assignments_insert ON provider_assignments FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY provider_assignments_update ON provider_assignments FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON provider_assignments TO werkplein_app;
--> statement-breakpoint
CREATE UNIQUE INDEX assignment_clients_active_key ON assignment_clients (assignment_id, client_id) WHERE ended_at IS NULL;
--> statement-breakpoint
ALTER TABLE assignment_clients ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assignment_clients FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assignment_clients_select ON assignment_clients FOR SELECT USING (
  organisation_id = app_current_organisation() OR provider_organisation_id = app_current_organisation()
);
--> statement-breakpoint
CREATE POLICY assignment_clients_insert ON assignment_clients FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY assignment_clients_update ON assignment_clients FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON assignment_clients TO werkplein_app;
--> statement-breakpoint

-- A provider sees (read-only) the files and ladder of the clients assigned to it, while the assignment runs.
DROP POLICY clients_select ON clients;
--> statement-breakpoint
CREATE POLICY clients_select ON clients FOR SELECT USING (
  organisation_id = app_current_organisation()
  OR EXISTS (
    SELECT 1 FROM client_consents c
    WHERE c.client_id = clients.id AND c.organisation_id = app_current_organisation() AND c.withdrawn_at IS NULL
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
  )
  OR EXISTS (
    SELECT 1 FROM assignment_clients a
    WHERE a.client_id = ladder_assessments.client_id AND a.provider_organisation_id = app_current_organisation() AND a.ended_at IS NULL
  )
);
--> statement-breakpoint

-- Trajectories: owned by the municipality; the provider running one sees it and reports progress on it.
ALTER TABLE trajectories ADD CONSTRAINT trajectories_domain CHECK (
  cost_cents >= 0
  AND goal_rung BETWEEN 1 AND 6
  AND (rung_before IS NULL OR rung_before BETWEEN 1 AND 6)
  AND (rung_after IS NULL OR rung_after BETWEEN 1 AND 6)
  AND planned_end_date >= start_date
  AND status IN ('running', 'closed')
  AND (outcome IS NULL OR outcome IN ('work', 'education', 'other_instrument', 'no_result', 'dropped_out'))
  AND ((status = 'closed') = (outcome IS NOT NULL AND end_date IS NOT NULL))
  AND (end_date IS NULL OR end_date >= start_date)
  AND (outcome_hours IS NULL OR outcome_hours BETWEEN 1 AND 60)
  AND (outcome <> 'work' OR (outcome_hours IS NOT NULL AND outcome_contract_type IS NOT NULL))
  AND (outcome <> 'dropped_out' OR length(btrim(coalesce(outcome_reason, ''))) > 0)
);
--> statement-breakpoint
ALTER TABLE trajectories ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE trajectories FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY trajectories_select ON trajectories FOR SELECT USING (
  organisation_id = app_current_organisation() OR provider_organisation_id = app_current_organisation()
);
--> statement-breakpoint
CREATE POLICY trajectories_insert ON trajectories FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY trajectories_update ON trajectories FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON trajectories TO werkplein_app;
--> statement-breakpoint
ALTER TABLE trajectory_progress_reports ADD CONSTRAINT trajectory_progress_reports_text CHECK (length(btrim(text)) > 0);
--> statement-breakpoint
ALTER TABLE trajectory_progress_reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE trajectory_progress_reports FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY trajectory_progress_reports_select ON trajectory_progress_reports FOR SELECT USING (
  organisation_id = app_current_organisation()
  OR EXISTS (
    SELECT 1 FROM trajectories t
    WHERE t.id = trajectory_progress_reports.trajectory_id AND t.provider_organisation_id = app_current_organisation()
  )
);
--> statement-breakpoint
CREATE POLICY trajectory_progress_reports_insert ON trajectory_progress_reports FOR INSERT WITH CHECK (
  author_organisation_id = app_current_organisation()
  AND (
    organisation_id = app_current_organisation()
    OR EXISTS (
      SELECT 1 FROM trajectories t
      WHERE t.id = trajectory_progress_reports.trajectory_id AND t.provider_organisation_id = app_current_organisation()
        AND t.organisation_id = trajectory_progress_reports.organisation_id
    )
  )
);
--> statement-breakpoint
GRANT SELECT, INSERT ON trajectory_progress_reports TO werkplein_app;
--> statement-breakpoint

-- The polis: only the municipality that owns the client file (its client-portal users included).
ALTER TABLE polis_versions ADD CONSTRAINT polis_versions_domain CHECK (
  goal_rung BETWEEN 1 AND 6 AND status IN ('draft', 'signed', 'superseded') AND version_number >= 1
);
--> statement-breakpoint
ALTER TABLE polis_steps ADD CONSTRAINT polis_steps_domain CHECK (
  due_date >= start_date AND responsible IN ('client', 'municipality', 'provider') AND length(btrim(description)) > 0
);
--> statement-breakpoint
ALTER TABLE polis_signatures ADD CONSTRAINT polis_signatures_party CHECK (party IN ('client', 'municipality'));
--> statement-breakpoint
CREATE UNIQUE INDEX polis_versions_one_draft_key ON polis_versions (polis_id) WHERE status = 'draft';
--> statement-breakpoint
ALTER TABLE polisses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE polisses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY polisses_all ON polisses
  USING (organisation_id = app_current_organisation()) WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
ALTER TABLE polis_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE polis_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY polis_versions_all ON polis_versions
  USING (organisation_id = app_current_organisation()) WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
ALTER TABLE polis_steps ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE polis_steps FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY polis_steps_all ON polis_steps
  USING (organisation_id = app_current_organisation()) WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
ALTER TABLE polis_signatures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE polis_signatures FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY polis_signatures_all ON polis_signatures
  USING (organisation_id = app_current_organisation()) WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT ON polisses TO werkplein_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON polis_versions TO werkplein_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON polis_steps TO werkplein_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON polis_signatures TO werkplein_app;
--> statement-breakpoint

-- A polis version that carries a signature (content_hash is set at the first one) never changes content,
-- and its steps are frozen; only status and signed_at move on (signed, later superseded).
CREATE FUNCTION polis_version_frozen() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF OLD.content_hash IS NOT NULL AND (
       NEW.municipality_obligations IS DISTINCT FROM OLD.municipality_obligations
    OR NEW.client_obligations IS DISTINCT FROM OLD.client_obligations
    OR NEW.goal_rung IS DISTINCT FROM OLD.goal_rung
    OR NEW.change_note IS DISTINCT FROM OLD.change_note
    OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
    OR NEW.client_id IS DISTINCT FROM OLD.client_id
    OR NEW.polis_id IS DISTINCT FROM OLD.polis_id
    OR NEW.version_number IS DISTINCT FROM OLD.version_number) THEN
    RAISE EXCEPTION 'polis version % is signed and cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER polis_versions_frozen BEFORE UPDATE ON polis_versions FOR EACH ROW EXECUTE FUNCTION polis_version_frozen();
--> statement-breakpoint
CREATE FUNCTION polis_steps_frozen() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  v_id uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM polis_versions v WHERE v.id = v_id AND (v.content_hash IS NOT NULL OR v.status <> 'draft')) THEN
    RAISE EXCEPTION 'polis version % is signed: its steps cannot change', v_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER polis_steps_frozen BEFORE INSERT OR UPDATE OR DELETE ON polis_steps FOR EACH ROW EXECUTE FUNCTION polis_steps_frozen();
--> statement-breakpoint

-- PRB: the municipality, and the programme's advisors (who may sit in another organisation).
ALTER TABLE prb_programmes ADD CONSTRAINT prb_programmes_domain CHECK (
  cohort_size > 0 AND admitted_count BETWEEN 0 AND cohort_size AND max_budget_per_client_cents > 0 AND period_end >= period_start
);
--> statement-breakpoint
ALTER TABLE prb_participants ADD CONSTRAINT prb_participants_money CHECK (
  budget_cents > 0 AND committed_cents BETWEEN 0 AND budget_cents AND paid_cents BETWEEN 0 AND committed_cents
);
--> statement-breakpoint
ALTER TABLE prb_proposals ADD CONSTRAINT prb_proposals_domain CHECK (
  status IN ('draft', 'submitted', 'approved', 'rejected', 'returned') AND total_cents >= 0
);
--> statement-breakpoint
ALTER TABLE prb_cost_lines ADD CONSTRAINT prb_cost_lines_amount CHECK (amount_cents > 0);
--> statement-breakpoint
ALTER TABLE prb_decisions ADD CONSTRAINT prb_decisions_decision CHECK (decision IN ('approve', 'reject', 'return'));
--> statement-breakpoint
ALTER TABLE prb_commitments ADD CONSTRAINT prb_commitments_money CHECK (amount_cents > 0 AND paid_cents BETWEEN 0 AND amount_cents);
--> statement-breakpoint
ALTER TABLE prb_invoices ADD CONSTRAINT prb_invoices_amount CHECK (amount_cents > 0);
--> statement-breakpoint
CREATE FUNCTION app_is_prb_advisor(p_programme uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT EXISTS (SELECT 1 FROM prb_advisors a WHERE a.programme_id = p_programme AND a.user_id = app_current_user()) $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_is_prb_advisor(uuid) TO werkplein_app;
--> statement-breakpoint
ALTER TABLE prb_advisors ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE prb_advisors FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY prb_advisors_select ON prb_advisors FOR SELECT USING (
  user_id = app_current_user()
  OR EXISTS (SELECT 1 FROM prb_programmes p WHERE p.id = prb_advisors.programme_id AND p.organisation_id = app_current_organisation())
);
--> statement-breakpoint
CREATE POLICY prb_advisors_insert ON prb_advisors FOR INSERT WITH CHECK (
  EXISTS (SELECT 1 FROM prb_programmes p WHERE p.id = prb_advisors.programme_id AND p.organisation_id = app_current_organisation())
);
--> statement-breakpoint
CREATE POLICY prb_advisors_delete ON prb_advisors FOR DELETE USING (
  EXISTS (SELECT 1 FROM prb_programmes p WHERE p.id = prb_advisors.programme_id AND p.organisation_id = app_current_organisation())
);
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON prb_advisors TO werkplein_app;
--> statement-breakpoint
ALTER TABLE prb_programmes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE prb_programmes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY prb_programmes_select ON prb_programmes FOR SELECT USING (organisation_id = app_current_organisation() OR app_is_prb_advisor(id));
--> statement-breakpoint
CREATE POLICY prb_programmes_insert ON prb_programmes FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY prb_programmes_update ON prb_programmes FOR UPDATE
  USING (organisation_id = app_current_organisation()) WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON prb_programmes TO werkplein_app;
--> statement-breakpoint
ALTER TABLE prb_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE prb_participants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY prb_participants_select ON prb_participants FOR SELECT USING (organisation_id = app_current_organisation() OR app_is_prb_advisor(programme_id));
--> statement-breakpoint
CREATE POLICY prb_participants_insert ON prb_participants FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY prb_participants_update ON prb_participants FOR UPDATE
  USING (organisation_id = app_current_organisation()) WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON prb_participants TO werkplein_app;
--> statement-breakpoint
-- Proposals and their cost lines: the advisor helps the client write them (draft/returned), so may write too.
ALTER TABLE prb_proposals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE prb_proposals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY prb_proposals_select ON prb_proposals FOR SELECT USING (organisation_id = app_current_organisation() OR app_is_prb_advisor(programme_id));
--> statement-breakpoint
CREATE POLICY prb_proposals_insert ON prb_proposals FOR INSERT WITH CHECK (organisation_id = app_current_organisation() OR app_is_prb_advisor(programme_id));
--> statement-breakpoint
CREATE POLICY prb_proposals_update ON prb_proposals FOR UPDATE
  USING (organisation_id = app_current_organisation() OR app_is_prb_advisor(programme_id))
  WITH CHECK (organisation_id = app_current_organisation() OR app_is_prb_advisor(programme_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON prb_proposals TO werkplein_app;
--> statement-breakpoint
ALTER TABLE prb_cost_lines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE prb_cost_lines FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY prb_cost_lines_all ON prb_cost_lines
  USING (EXISTS (SELECT 1 FROM prb_proposals p WHERE p.id = prb_cost_lines.proposal_id))
  WITH CHECK (EXISTS (SELECT 1 FROM prb_proposals p WHERE p.id = prb_cost_lines.proposal_id AND p.organisation_id = prb_cost_lines.organisation_id));
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON prb_cost_lines TO werkplein_app;
--> statement-breakpoint
ALTER TABLE prb_decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE prb_decisions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY prb_decisions_all ON prb_decisions
  USING (organisation_id = app_current_organisation()) WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT ON prb_decisions TO werkplein_app;
--> statement-breakpoint
ALTER TABLE prb_commitments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE prb_commitments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY prb_commitments_select ON prb_commitments FOR SELECT USING (
  organisation_id = app_current_organisation()
  OR EXISTS (SELECT 1 FROM prb_participants p WHERE p.id = prb_commitments.participant_id)
);
--> statement-breakpoint
CREATE POLICY prb_commitments_insert ON prb_commitments FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY prb_commitments_update ON prb_commitments FOR UPDATE
  USING (organisation_id = app_current_organisation()) WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON prb_commitments TO werkplein_app;
--> statement-breakpoint
ALTER TABLE prb_invoices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE prb_invoices FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY prb_invoices_select ON prb_invoices FOR SELECT USING (
  organisation_id = app_current_organisation()
  OR EXISTS (SELECT 1 FROM prb_participants p WHERE p.id = prb_invoices.participant_id)
);
--> statement-breakpoint
CREATE POLICY prb_invoices_insert ON prb_invoices FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT ON prb_invoices TO werkplein_app;
