import "server-only";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { getDb, schema, type Db } from "@/db";
import { createWorkCalendar, type DayInfo, isChineseDaysYear, type StatutoryHoliday, statutoryHolidays } from "@/lib/domain/calendar";
import { loadCalendarData } from "./load-calendar-data";

export type CalendarDay = DayInfo & { weekday: number; override: boolean };

export type CalendarYearView = {
  year: number;
  /** Where the year's days come from, before overrides. */
  basis: "chinese-days" | "notice-entered" | "statutory-rule";
  provisional: boolean;
  notice: { enteredAt: Date; enteredBy: string | null } | null;
  months: { month: number; days: CalendarDay[] }[];
  overrides: { date: string; kind: string; note: string | null; createdAt: Date; createdBy: string | null }[];
  /** Holidays by the statutory rule, for a year whose notice is still to be entered. */
  statutory: readonly StatutoryHoliday[];
};

const pad = (n: number) => String(n).padStart(2, "0");

/** Every day of a year as the clock sees it, grouped by month, plus the year's overrides and status. */
export async function getCalendarYear(year: number, given?: Db): Promise<CalendarYearView> {
  const db = given ?? (await getDb());
  const data = await loadCalendarData(db);
  const cal = createWorkCalendar(data);
  const overrideDates = new Set(data.overrides.map((o) => o.date));
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const days = Array.from({ length }, (_, d) => {
      const date = `${year}-${pad(month)}-${pad(d + 1)}`;
      return { ...cal.dayInfo(date), weekday: new Date(Date.UTC(year, i, d + 1)).getUTCDay(), override: overrideDates.has(date) };
    });
    return { month, days };
  });
  const o = schema.calendarOverrides;
  const [overrides, [notice]] = await Promise.all([
    db
      .select({ date: o.date, kind: o.kind, note: o.note, createdAt: o.createdAt, createdBy: schema.users.name })
      .from(o)
      .leftJoin(schema.users, eq(schema.users.id, o.createdBy))
      .where(and(gte(o.date, `${year}-01-01`), lte(o.date, `${year}-12-31`)))
      .orderBy(asc(o.date)),
    db
      .select({ enteredAt: schema.calendarNoticeYears.createdAt, enteredBy: schema.users.name })
      .from(schema.calendarNoticeYears)
      .leftJoin(schema.users, eq(schema.users.id, schema.calendarNoticeYears.createdBy))
      .where(eq(schema.calendarNoticeYears.year, year))
      .limit(1),
  ]);
  const basis = notice ? "notice-entered" : isChineseDaysYear(year) ? "chinese-days" : "statutory-rule";
  return {
    year,
    basis,
    provisional: cal.isProvisionalYear(year),
    notice: notice ?? null,
    months,
    overrides,
    statutory: basis === "statutory-rule" ? statutoryHolidays(year) : [],
  };
}
