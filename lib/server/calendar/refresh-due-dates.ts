import "server-only";
import type { Db } from "@/db";
import { CHINESE_DAYS_YEARS } from "@/lib/domain/calendar";
import { todayInShanghai } from "@/lib/domain/identity";
import { findDueDateChanges, recomputeDueDates, type DueDateChange } from "@/lib/server/admin/recompute-due-dates";
import { lockCalendar } from "./calendar-lock";
import { loadWorkCalendar } from "./load-work-calendar";

/** Cases recomputed per transaction, so a big change never holds thousands of row locks at once. */
const BATCH = 200;

export const REFRESH_DUE_DATES_JOB = "cases.refresh_due_dates";

/**
 * The periodic safety net behind the admin calendar screen (which recomputes in its own transaction): brings every
 * open case's stored due date and provisional flag in line with the calendar as it stands today. It catches what no
 * admin action announces — a release whose chinese-days data carries a new year's State Council notice (its
 * provisional dates become final, or move), calendar rows restored or edited outside the app, and a consultation
 * whose 15-working-day window lapsed overnight (the clock runs again). A cheap read finds the cases that differ;
 * only those are locked and rewritten, each with a new version and a `case.due_date_recomputed` audit event.
 */
export async function refreshDueDates(db: Db, today: string = todayInShanghai()): Promise<DueDateChange[]> {
  const candidates = await findDueDateChanges(db, await loadWorkCalendar(db), today);
  const cause = { job: REFRESH_DUE_DATES_JOB, publishedYears: `${CHINESE_DAYS_YEARS[0]}–${CHINESE_DAYS_YEARS.at(-1)}` };
  const changed: DueDateChange[] = [];
  for (let i = 0; i < candidates.length; i += BATCH) {
    const caseIds = candidates.slice(i, i + BATCH).map((c) => c.caseId);
    // Under the calendar lock the calendar is read again: an admin change that landed meanwhile is never undone.
    const batch = await db.transaction(async (tx) => {
      await lockCalendar(tx);
      return recomputeDueDates(tx, { actor: { kind: "system" }, today, cause, caseIds });
    });
    changed.push(...batch);
  }
  return changed;
}
