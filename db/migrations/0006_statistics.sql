CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"filed_at" date NOT NULL,
	"result" text DEFAULT 'pending' NOT NULL,
	"closed_at" date,
	"after_unsatisfactory_first_handling" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "appeals_kind_known" CHECK ("appeals"."kind" in ('reconsideration', 'litigation_direct', 'litigation_after_reconsideration', 'complaint')),
	CONSTRAINT "appeals_result_known" CHECK ("appeals"."result" in ('upheld', 'corrected', 'other', 'pending')),
	CONSTRAINT "appeals_closed_iff_decided" CHECK (("appeals"."result" = 'pending') = ("appeals"."closed_at" is null)),
	CONSTRAINT "appeals_closed_after_filed" CHECK ("appeals"."closed_at" is null or "appeals"."closed_at" >= "appeals"."filed_at"),
	CONSTRAINT "appeals_first_handling_complaints_only" CHECK ("appeals"."kind" = 'complaint' or not "appeals"."after_unsatisfactory_first_handling")
);
--> statement-breakpoint
CREATE TABLE "manual_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "manual_figures_version_positive" CHECK ("manual_figures"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "statistics_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"department_id" uuid,
	"version" integer NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "statistics_publications_version_positive" CHECK ("statistics_publications"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_figures" ADD CONSTRAINT "manual_figures_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_publications" ADD CONSTRAINT "statistics_publications_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_publications" ADD CONSTRAINT "statistics_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appeals_case_idx" ON "appeals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "appeals_filed_idx" ON "appeals" USING btree ("filed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "manual_figures_year_version_key" ON "manual_figures" USING btree ("year","version");--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_publications_scope_version_key" ON "statistics_publications" USING btree ("year",coalesce("department_id", '00000000-0000-0000-0000-000000000000'::uuid),"version");--> statement-breakpoint
-- Hand-written (drizzle-kit cannot declare indexes on another file's table): the annual statistics scan only the
-- cases that matter to a year: received by its end and handled (reply, else ending) on or after its start, or open.
CREATE INDEX "cases_stats_handled_idx" ON "cases" USING btree ((coalesce("replied_at", "ended_at")));--> statement-breakpoint
CREATE INDEX "cases_department_idx" ON "cases" USING btree ("department_id");
