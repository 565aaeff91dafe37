import "server-only";
import { schema, type DbOrTx } from "@/db";
import type { CalendarData } from "./calendar-change";

/** The admin's overrides and entered notice years, as stored. */
export async function loadCalendarData(db: DbOrTx): Promise<CalendarData> {
  const [overrides, years] = await Promise.all([
    db.select({ date: schema.calendarOverrides.date, kind: schema.calendarOverrides.kind, note: schema.calendarOverrides.note }).from(schema.calendarOverrides),
    db.select({ year: schema.calendarNoticeYears.year }).from(schema.calendarNoticeYears),
  ]);
  return {
    overrides: overrides.map((o) => ({ date: o.date, kind: o.kind === "workday" ? "workday" : "holiday", note: o.note })),
    noticeYears: years.map((y) => y.year),
  };
}
