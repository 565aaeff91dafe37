CREATE TABLE "report_prose" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"overview" text DEFAULT '' NOT NULL,
	"problems" text DEFAULT '' NOT NULL,
	"other" text DEFAULT '' NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_prose_version_positive" CHECK ("report_prose"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "report_prose" ADD CONSTRAINT "report_prose_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_prose_year_version_key" ON "report_prose" USING btree ("year","version");