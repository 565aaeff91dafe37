-- Hand-written from the benchmarks (bench/README.md): drizzle-kit cannot declare partial, INCLUDE or expression
-- indexes on these tables here, nor extended statistics.
--
-- The staff queue (lib/server/cases/list-cases.ts): open cases in due-date order, so the first page and any later
-- page (keyset cursor) read 26 index entries instead of sorting every overdue case; the counts beside the filters
-- (status, overdue, mine) are index-only scans of this small index.
CREATE INDEX IF NOT EXISTS "cases_open_queue_idx" ON "cases" USING btree ((coalesce("due_date", '9999-12-31'::date)), "tracking_number")
  INCLUDE ("status", "due_date", "assignee_id")
  WHERE "status" IN ('received', 'awaiting_clarification', 'awaiting_fee');--> statement-breakpoint
-- Case workers for the assignee pickers (lib/server/users/list-case-workers.ts): without it every queue page
-- scanned all users, citizen accounts included.
CREATE INDEX IF NOT EXISTS "users_case_workers_idx" ON "users" USING btree ("name", "email")
  WHERE "disabled_at" IS NULL AND "roles" && ARRAY['staff', 'supervisor']::text[];--> statement-breakpoint
-- The annual statistics (lib/server/statistics): the cases that matter to a year are those handled (reply, else
-- ending) on or after its first day, or not yet; one range of this index, read index-only.
CREATE INDEX IF NOT EXISTS "cases_year_membership_idx" ON "cases" USING btree ((coalesce("replied_at", "ended_at", 'infinity'::date)), "received_at")
  INCLUDE ("applicant_id", "replied_at", "ended_at", "outcome", "reason_code", "ending_code", "channel", "department_id");--> statement-breakpoint
-- How many distinct year groups the statistics aggregate makes: without it the planner expects one group per case
-- and never aggregates in parallel.
CREATE STATISTICS IF NOT EXISTS "cases_year_groups_stats" (ndistinct) ON
  (extract(year from "received_at")::int), (extract(year from coalesce("replied_at", "ended_at"))::int), (extract(year from "replied_at")::int),
  (coalesce("reason_code", "ending_code")), "outcome", "channel"
  FROM "cases";
