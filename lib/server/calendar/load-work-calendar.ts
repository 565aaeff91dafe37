import { schema, type DbOrTx } from "@/db";
import { createWorkCalendar, type WorkCalendar } from "@/lib/domain/calendar";

export type StoredCalendarOverride = { date: string; kind: string; note: string | null };

/** The working-day calendar: chinese-days + the statutory rule + the admin's overrides and notice years. */
export async function loadWorkCalendar(db: DbOrTx): Promise<WorkCalendar> {
  const [overrides, years] = await Promise.all([
    db.select({ date: schema.calendarOverrides.date, kind: schema.calendarOverrides.kind, note: schema.calendarOverrides.note }).from(schema.calendarOverrides),
    db.select({ year: schema.calendarNoticeYears.year }).from(schema.calendarNoticeYears),
  ]);
  return workCalendarFrom(overrides, years.map((y) => y.year));
}

/** The calendar from the stored overrides and notice years (for callers that read them in a larger query). */
export function workCalendarFrom(overrides: StoredCalendarOverride[], noticeYears: number[]): WorkCalendar {
  return createWorkCalendar({
    overrides: overrides.map((o) => ({ date: o.date, kind: o.kind === "workday" ? "workday" : "holiday", note: o.note })),
    noticeYears,
  });
}
