-- The three rules of the one-stop shop that concern more than one organisation now run in database functions
-- with their owner's rights (the schema owner, who bypasses RLS), each checking the caller and returning only
-- what the rule allows. They replace switching the transaction's organisation context in the services
-- (ADR 0010). Every function is granted to werkplein_app only.

-- 1. Placing a candidate: lock the vacancy (owned by another organisation, possibly) while the caller, who has
--    a proposal for it, places; then fill it when the placements of ALL partners take every position.
CREATE FUNCTION vacancy_lock_for_placement(p_vacancy uuid) RETURNS TABLE (status text, positions integer)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT v.status, v.positions FROM vacancies v
    WHERE v.id = p_vacancy
      AND EXISTS (SELECT 1 FROM candidate_proposals cp WHERE cp.vacancy_id = v.id AND cp.organisation_id = app_current_organisation())
    FOR UPDATE OF v
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION vacancy_lock_for_placement(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION vacancy_lock_for_placement(uuid) TO werkplein_app;
--> statement-breakpoint
CREATE FUNCTION vacancy_fill_if_complete(p_vacancy uuid) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v_positions integer;
  v_placed integer;
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM candidate_proposals cp
    WHERE cp.vacancy_id = p_vacancy AND cp.organisation_id = app_current_organisation() AND cp.status = 'placed'
  ) THEN
    RETURN false;
  END IF;
  SELECT v.positions INTO v_positions FROM vacancies v WHERE v.id = p_vacancy AND v.status = 'open' FOR UPDATE;
  IF v_positions IS NULL THEN
    RETURN false;
  END IF;
  SELECT count(*) INTO v_placed FROM candidate_proposals cp WHERE cp.vacancy_id = p_vacancy AND cp.status = 'placed';
  IF v_placed < v_positions THEN
    RETURN false;
  END IF;
  UPDATE vacancies SET status = 'filled', filled_at = now() WHERE id = p_vacancy;
  RETURN true;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION vacancy_fill_if_complete(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION vacancy_fill_if_complete(uuid) TO werkplein_app;
--> statement-breakpoint

-- 2. The employer portal: for proposals made TO the calling employer organisation, the candidate's hours,
--    education level and place; name and contact only after the client agreed to be introduced. The BSN is
--    returned for the processing log only (the service never sends it).
CREATE FUNCTION employer_portal_candidates(p_proposals uuid[])
  RETURNS TABLE (proposal_id uuid, bsn text, first_name text, surname_prefix text, surname text, email text, phone text,
                 hours_available integer, education_level text, city text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT cp.id, c.bsn,
           CASE WHEN cp.introduction_consent THEN c.first_name END,
           CASE WHEN cp.introduction_consent THEN c.surname_prefix END,
           CASE WHEN cp.introduction_consent THEN c.surname END,
           CASE WHEN cp.introduction_consent THEN c.email END,
           CASE WHEN cp.introduction_consent THEN c.phone END,
           c.hours_available, c.education_level, c.city
    FROM candidate_proposals cp JOIN clients c ON c.id = cp.client_id
    WHERE cp.id = ANY (p_proposals) AND cp.employer_organisation_id = app_current_organisation()
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION employer_portal_candidates(uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION employer_portal_candidates(uuid[]) TO werkplein_app;
--> statement-breakpoint

-- 3. Results: aggregates (counts and durations, never a row about a person) of one organisation, for that
--    organisation itself or for an organisation in the caller's labour-market region.
CREATE FUNCTION results_may_read(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT p_org = app_current_organisation()
      OR EXISTS (SELECT 1 FROM organisations o WHERE o.id = p_org AND o.region IS NOT NULL AND o.region = app_current_region())
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION results_may_read(uuid) FROM PUBLIC;
--> statement-breakpoint
CREATE FUNCTION results_vacancy_figures(p_org uuid, p_from date, p_to date, p_tz text)
  RETURNS TABLE (opened integer, days integer[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT
      count(*) FILTER (WHERE (opened_at AT TIME ZONE p_tz)::date BETWEEN p_from AND p_to)::int,
      array_agg(((filled_at AT TIME ZONE p_tz)::date - (opened_at AT TIME ZONE p_tz)::date)::int)
        FILTER (WHERE status = 'filled' AND filled_at IS NOT NULL AND (filled_at AT TIME ZONE p_tz)::date BETWEEN p_from AND p_to)
    FROM vacancies
    WHERE organisation_id = p_org AND results_may_read(p_org)
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION results_vacancy_figures(uuid, date, date, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION results_vacancy_figures(uuid, date, date, text) TO werkplein_app;
--> statement-breakpoint
CREATE FUNCTION results_placement_figures(p_org uuid, p_from date, p_to date, p_today date, p_tz text)
  RETURNS TABLE (proposals integer, placements integer, due6 integer, checked6 integer, working6 integer,
                 due12 integer, checked12 integer, working12 integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT
      count(*) FILTER (WHERE proposed_on BETWEEN p_from AND p_to)::int,
      count(*) FILTER (WHERE cohort)::int,
      count(*) FILTER (WHERE cohort AND placed_start_date + interval '6 months' <= p_today)::int,
      count(c6_id) FILTER (WHERE cohort AND placed_start_date + interval '6 months' <= p_today)::int,
      count(c6_id) FILTER (WHERE cohort AND placed_start_date + interval '6 months' <= p_today AND c6_working)::int,
      count(*) FILTER (WHERE cohort AND placed_start_date + interval '12 months' <= p_today)::int,
      count(c12_id) FILTER (WHERE cohort AND placed_start_date + interval '12 months' <= p_today)::int,
      count(c12_id) FILTER (WHERE cohort AND placed_start_date + interval '12 months' <= p_today AND c12_working)::int
    FROM (
      SELECT
        (cp.proposed_at AT TIME ZONE p_tz)::date AS proposed_on,
        (cp.status = 'placed' AND cp.placed_start_date BETWEEN p_from AND p_to) AS cohort,
        cp.placed_start_date,
        c6.id AS c6_id, c6.still_working AS c6_working,
        c12.id AS c12_id, c12.still_working AS c12_working
      FROM candidate_proposals cp
      LEFT JOIN placement_checks c6 ON c6.proposal_id = cp.id AND c6.months = 6
      LEFT JOIN placement_checks c12 ON c12.proposal_id = cp.id AND c12.months = 12
      WHERE cp.organisation_id = p_org AND results_may_read(p_org)
    ) p
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION results_placement_figures(uuid, date, date, date, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION results_placement_figures(uuid, date, date, date, text) TO werkplein_app;
