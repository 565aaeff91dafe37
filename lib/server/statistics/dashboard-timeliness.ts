import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db";
import { countWorkingDaysBetween, type WorkCalendar } from "@/lib/domain/calendar";
import { percentage, weightedMedian } from "./dashboard-math";
import { type DashboardScope, inDepartment, yearRange } from "./dashboard-scope";

export type Timeliness = {
  /** Replies dated in the year. */
  replies: number;
  /** Of those with a due date, replied on or before it. */
  onTime: number;
  /** Replies whose case has a due date (the rate's denominator). */
  withDueDate: number;
  /** onTime / withDueDate in %, one decimal; null without replies. */
  onTimeRate: number | null;
  /** Median working days from receipt to reply (receipt is day 0); null without replies. */
  medianWorkingDays: number | null;
};

/**
 * On-time rate and median time to reply for the replies of the year. The database groups the replies by
 * (received, replied) dates (a few hundred pairs at most); the working days of each pair come from the
 * work calendar (holidays, 调休), which lives in code, not in SQL.
 */
export async function replyTimeliness(db: DbOrTx, scope: DashboardScope, cal: WorkCalendar): Promise<Timeliness> {
  const { start, end } = yearRange(scope.year);
  const rows = rowsOf<{ received_at: string; replied_at: string; n: number; on_time: number; with_due: number }>(
    await db.execute(sql`
      select c.received_at::text as received_at, c.replied_at::text as replied_at, count(*)::int as n,
        count(*) filter (where c.due_date is not null and c.replied_at <= c.due_date)::int as on_time,
        count(*) filter (where c.due_date is not null)::int as with_due
      from cases c
      where c.replied_at >= ${start} and c.replied_at <= ${end} ${inDepartment(scope.departmentId)}
      group by 1, 2`),
  );
  const replies = rows.reduce((s, r) => s + Number(r.n), 0);
  const onTime = rows.reduce((s, r) => s + Number(r.on_time), 0);
  const withDueDate = rows.reduce((s, r) => s + Number(r.with_due), 0);
  const medianWorkingDays = weightedMedian(
    rows.map((r) => ({ value: Math.max(0, countWorkingDaysBetween(cal, r.received_at, r.replied_at)), weight: Number(r.n) })),
  );
  return { replies, onTime, withDueDate, onTimeRate: percentage(onTime, withDueDate), medianWorkingDays };
}
