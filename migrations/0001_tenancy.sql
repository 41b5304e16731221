-- Tenancy, the application role, and the tamper-evident audit log.
-- The application connects as werkplein_app: not a superuser, no BYPASSRLS, no DDL rights.
-- Row-level security is FORCEd so that it also holds for the table owner.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'werkplein_app') THEN
    CREATE ROLE werkplein_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO werkplein_app;
--> statement-breakpoint
CREATE FUNCTION app_current_organisation() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.organisation_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_current_organisation() TO werkplein_app;
--> statement-breakpoint

-- Directory and identity: access is decided in the services (login must find a user before any tenant is known).
GRANT SELECT, INSERT, UPDATE ON organisations TO werkplein_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON users TO werkplein_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON user_roles TO werkplein_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO werkplein_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON login_attempts TO werkplein_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON oidc_login_states TO werkplein_app;
--> statement-breakpoint
GRANT SELECT ON installation TO werkplein_app;
--> statement-breakpoint

-- Domain checks in the database as a second line behind the API validation.
ALTER TABLE clients ADD CONSTRAINT clients_bsn_format CHECK (bsn ~ '^[0-9]{9}$');
--> statement-breakpoint
ALTER TABLE clients ADD CONSTRAINT clients_hours_range CHECK (hours_available BETWEEN 0 AND 60);
--> statement-breakpoint
ALTER TABLE clients ADD CONSTRAINT clients_travel_range CHECK (max_travel_km BETWEEN 0 AND 250);
--> statement-breakpoint
ALTER TABLE ladder_assessments ADD CONSTRAINT ladder_rung_range CHECK (rung BETWEEN 1 AND 6 AND growth_potential BETWEEN 1 AND 6 AND growth_potential >= rung);
--> statement-breakpoint

-- Client files: the owning organisation, or a partner organisation with a consent that was not withdrawn.
ALTER TABLE clients ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE clients FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY clients_select ON clients FOR SELECT USING (
  organisation_id = app_current_organisation()
  OR EXISTS (
    SELECT 1 FROM client_consents c
    WHERE c.client_id = clients.id AND c.organisation_id = app_current_organisation() AND c.withdrawn_at IS NULL
  )
);
--> statement-breakpoint
CREATE POLICY clients_insert ON clients FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY clients_update ON clients FOR UPDATE
  USING (organisation_id = app_current_organisation())
  WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON clients TO werkplein_app;
--> statement-breakpoint

ALTER TABLE client_consents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE client_consents FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY client_consents_select ON client_consents FOR SELECT USING (
  owner_organisation_id = app_current_organisation() OR organisation_id = app_current_organisation()
);
--> statement-breakpoint
CREATE POLICY client_consents_insert ON client_consents FOR INSERT WITH CHECK (owner_organisation_id = app_current_organisation());
--> statement-breakpoint
CREATE POLICY client_consents_update ON client_consents FOR UPDATE
  USING (owner_organisation_id = app_current_organisation())
  WITH CHECK (owner_organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON client_consents TO werkplein_app;
--> statement-breakpoint

ALTER TABLE ladder_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE ladder_assessments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ladder_assessments_select ON ladder_assessments FOR SELECT USING (
  organisation_id = app_current_organisation()
  OR EXISTS (
    SELECT 1 FROM client_consents c
    WHERE c.client_id = ladder_assessments.client_id AND c.organisation_id = app_current_organisation() AND c.withdrawn_at IS NULL
  )
);
--> statement-breakpoint
CREATE POLICY ladder_assessments_insert ON ladder_assessments FOR INSERT WITH CHECK (organisation_id = app_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT ON ladder_assessments TO werkplein_app;
--> statement-breakpoint

-- Processing log: the application may only append.
GRANT INSERT ON processing_log TO werkplein_app;
--> statement-breakpoint

-- Audit log: append-only for the application, hash-chained. The digest covers every column but the hash;
-- the chain head lives in audit_head so that deleting the newest rows is detected as well.
CREATE FUNCTION audit_row_digest(prev text, r audit_log) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT encode(sha256(convert_to(concat_ws('|',
      prev, r.id::text, to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
      coalesce(r.actor_user_id::text, '-'), coalesce(r.actor_organisation_id::text, '-'),
      r.action, r.object_type, coalesce(r.object_id, '-'), r.result, coalesce(r.origin, '-'), coalesce(r.trace_id, '-')
    ), 'UTF8')), 'hex')
  $$;
--> statement-breakpoint
INSERT INTO audit_head (id, last_id, last_hash, row_count) VALUES ('head', 0, '', 0);
--> statement-breakpoint
CREATE FUNCTION audit_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    head audit_head%ROWTYPE;
  BEGIN
    -- The row lock on the head serialises writers, so the chain has no forks.
    SELECT * INTO head FROM audit_head WHERE id = 'head' FOR UPDATE;
    NEW.prev_hash := head.last_hash;
    NEW.hash := audit_row_digest(head.last_hash, NEW);
    UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash, row_count = head.row_count + 1 WHERE id = 'head';
    RETURN NEW;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_chain();
--> statement-breakpoint
GRANT INSERT ON audit_log TO werkplein_app;
--> statement-breakpoint
-- The key for pseudonymising data subject ids in the processing log; random per installation.
INSERT INTO installation (id, pseudonym_key)
  VALUES ('default', encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex'));
