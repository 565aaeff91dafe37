import { schema, type DbOrTx } from "@/db";
import { createWorkCalendar, type WorkCalendar } from "@/lib/domain/calendar";

/** The working-day calendar: chinese-days + the statutory rule + the admin's overrides and notice years. */
export async function loadWorkCalendar(db: DbOrTx): Promise<WorkCalendar> {
  const [overrides, years] = await Promise.all([
    db.select({ date: schema.calendarOverrides.date, kind: schema.calendarOverrides.kind, note: schema.calendarOverrides.note }).from(schema.calendarOverrides),
    db.select({ year: schema.calendarNoticeYears.year }).from(schema.calendarNoticeYears),
  ]);
  return createWorkCalendar({
    overrides: overrides.map((o) => ({ date: o.date, kind: o.kind === "workday" ? "workday" : "holiday", note: o.note })),
    noticeYears: years.map((y) => y.year),
  });
}
