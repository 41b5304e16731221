CREATE TABLE "client_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"noted_on" date NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_notes_kind" CHECK ("client_notes"."kind" IN ('intake', 'gesprek', 'telefoon', 'waarschuwing')),
	CONSTRAINT "client_notes_text" CHECK (length(btrim("client_notes"."text")) BETWEEN 1 AND 5000)
);
--> statement-breakpoint
ALTER TABLE "client_notes" ADD CONSTRAINT "client_notes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_notes" ADD CONSTRAINT "client_notes_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_notes" ADD CONSTRAINT "client_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_notes_client_idx" ON "client_notes" USING btree ("client_id","noted_on");--> statement-breakpoint
-- A note is visible wherever its client file is (the subquery runs under the clients policy: the owner and
-- partners with the client's consent). A new note is written by the signed-in user for their own
-- organisation, in a file it may see. Notes are never changed or deleted: no UPDATE or DELETE grant.
ALTER TABLE client_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE client_notes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY client_notes_select ON client_notes FOR SELECT USING (
  EXISTS (SELECT 1 FROM clients c WHERE c.id = client_notes.client_id)
);
--> statement-breakpoint
CREATE POLICY client_notes_insert ON client_notes FOR INSERT WITH CHECK (
  organisation_id = app_current_organisation()
  AND author_id = app_current_user()
  AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_notes.client_id)
);
--> statement-breakpoint
GRANT SELECT, INSERT ON client_notes TO werkplein_app;
