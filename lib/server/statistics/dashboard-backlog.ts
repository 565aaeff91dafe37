import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db";
import { countWorkingDaysBetween, type WorkCalendar } from "@/lib/domain/calendar";
import { type BacklogBucketKey, bucketAges } from "./dashboard-math";
import { type DashboardScope, inDepartment, OPEN_STATUSES } from "./dashboard-scope";

export type BacklogBucket = { key: BacklogBucketKey; min: number; max: number | null; count: number };
export type Backlog = { today: string; open: number; buckets: BacklogBucket[] };

/**
 * The open cases today by age: working days since receipt (receipt is day 0), in buckets of five up to the
 * statutory 20 and "over 20". The database counts open cases per received date; ages come from the calendar.
 */
export async function openBacklog(db: DbOrTx, scope: DashboardScope, cal: WorkCalendar): Promise<Backlog> {
  const rows = rowsOf<{ received_at: string; n: number }>(
    await db.execute(sql`
      select c.received_at::text as received_at, count(*)::int as n
      from cases c
      where c.status in ${OPEN_STATUSES} and c.received_at <= ${scope.today}::date ${inDepartment(scope.departmentId)}
      group by 1`),
  );
  const buckets = bucketAges(rows.map((r) => ({ age: Math.max(0, countWorkingDaysBetween(cal, r.received_at, scope.today)), count: Number(r.n) })));
  return { today: scope.today, open: buckets.reduce((s, b) => s + b.count, 0), buckets };
}
