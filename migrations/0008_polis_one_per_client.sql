DROP INDEX "polisses_client_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "polisses_client_key" ON "polisses" USING btree ("client_id");