-- One-stop shop: grants and row-level security for reference data, employers, vacancies and placements.

CREATE FUNCTION app_current_region() RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.region_code', true), '') $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_current_region() TO werkplein_app;
--> statement-breakpoint

-- Reference data: imported by the schema owner (`werkplein import`), read by the application.
GRANT SELECT ON isco_groups, occupations, municipalities, postcode_areas TO werkplein_app;
--> statement-breakpoint

-- Employers are shared by all partners (one employer, one account plan); access is decided by role in the services.
GRANT SELECT, INSERT, UPDATE ON employers, employer_contacts, employer_agreements TO werkplein_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON employer_contact_moments TO werkplein_app;
--> statement-breakpoint
ALTER TABLE employers ADD CONSTRAINT employers_kvk_format CHECK (kvk_number ~ '^[0-9]{8}$');
--> statement-breakpoint
ALTER TABLE employer_agreements ADD CONSTRAINT employer_agreements_target CHECK (target_placements > 0 AND period_end >= period_start);
--> statement-breakpoint

-- Vacancies: the registering organisation; partners in the same labour-market region for 'region';
-- everyone (also without login) for 'public'; and the employer's own portal organisation.
ALTER TABLE vacancies ADD CONSTRAINT vacancies_hours CHECK (hours_per_week BETWEEN 1 AND 60 AND positions >= 1);
--> statement-breakpoint
ALTER TABLE vacancies ADD CONSTRAINT vacancies_visibility CHECK (visibility IN ('own', 'region', 'public'));
--> statement-breakpoint
ALTER TABLE vacancies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE vacancies FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vacancies_select ON vacancies FOR SELECT USING (
  organisation_id = app_current_organisation()
  OR visibility = 'public'
  OR (visibility = 'region' AND region_code IS NOT NULL AND region_code = app_current_region())
  OR EXISTS (SELECT 1 FROM employers e WHERE e.id = vacancies.employer_id AND e.portal_organisation_id = app_current_organisation())
);
--> statement-breakpoint
CREATE POLICY vacancies_insert ON vacancies FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY vacancies_update ON vacancies FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON vacancies TO werkplein_app;
--> statement-breakpoint

-- Proposals and placements belong to the organisation that owns the client file; the employer's portal
-- organisation may read the proposals made to it (the service hides name and BSN until introduction consent).
ALTER TABLE candidate_proposals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE candidate_proposals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY candidate_proposals_select ON candidate_proposals FOR SELECT USING (
  organisation_id = app_current_organisation() OR employer_organisation_id = app_current_organisation()
);
--> statement-breakpoint
CREATE POLICY candidate_proposals_insert ON candidate_proposals FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY candidate_proposals_update ON candidate_proposals FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON candidate_proposals TO werkplein_app;
--> statement-breakpoint
ALTER TABLE placement_checks ADD CONSTRAINT placement_checks_months CHECK (months IN (6, 12));
--> statement-breakpoint
ALTER TABLE placement_checks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE placement_checks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY placement_checks_all ON placement_checks USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON placement_checks TO werkplein_app;
