-- Agreement progress counts the placements at an employer made by ALL partner organisations: an aggregate,
-- computed behind row-level security so no organisation sees another's proposals. The function runs with its
-- owner's rights (the schema owner, who bypasses RLS); it returns a number only.
CREATE FUNCTION employer_placements_in_period(p_employer uuid, p_from date, p_to date) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT count(*)::int FROM candidate_proposals p JOIN vacancies v ON v.id = p.vacancy_id
    WHERE v.employer_id = p_employer AND p.status = 'placed' AND p.placed_start_date BETWEEN p_from AND p_to
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION employer_placements_in_period(uuid, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION employer_placements_in_period(uuid, date, date) TO werkplein_app;
