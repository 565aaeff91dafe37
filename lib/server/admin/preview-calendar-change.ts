import "server-only";
import type { Db } from "@/db";
import { createWorkCalendar } from "@/lib/domain/calendar";
import { todayInShanghai } from "@/lib/domain/identity";
import type { CalendarChangeParsed } from "@/lib/validation/admin";
import { proposeCalendarData, resolveCalendarChange } from "./calendar-change";
import { loadCalendarData } from "./load-calendar-data";
import { findDueDateChanges, type DueDateChange } from "./recompute-due-dates";

export type CalendarChangePreview = {
  /** The dates the change sets (one for a single override, all of a notice). */
  dates: { date: string; kind: "holiday" | "workday"; note: string | null }[];
  /** Open cases whose due date (or provisional flag) would change on save. */
  changes: DueDateChange[];
};

/** What saving the change would do, without writing anything. */
export async function previewCalendarChange(db: Db, change: CalendarChangeParsed): Promise<CalendarChangePreview> {
  const current = await loadCalendarData(db);
  const resolved = resolveCalendarChange(change, current);
  const cal = createWorkCalendar(proposeCalendarData(current, resolved));
  const changes = await findDueDateChanges(db, cal, todayInShanghai());
  const dates = resolved.op === "set" || resolved.op === "notice" ? resolved.entries : [];
  return { dates, changes };
}
