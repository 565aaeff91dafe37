import type { DayInfo, WorkCalendar } from "./calendar";
import { compareDates, type IsoDate, isWeekend, nextDay, yearOf } from "./dates";

export { compareDates, nextDay, previousDay } from "./dates";

export type WorkingDaysResult = {
  /** The n-th working day after `from`. */
  date: IsoDate;
  /** Some day from `from`+1 to `date` lies in a provisional year. */
  provisional: boolean;
  /** Weekday holidays and make-up working days crossed (from `from`+1 to `date`), in date order. */
  skipped: DayInfo[];
};

/** True for the days worth naming in an explanation: a holiday that took a weekday, or a 调休 make-up day. */
export function isNotableDay(info: DayInfo): boolean {
  return (info.kind === "holiday" && !isWeekend(info.date)) || info.kind === "makeup_workday";
}

/** Day `from` is day 0; returns the n-th working day after it (n = 0 returns `from` itself). */
export function addWorkingDays(cal: WorkCalendar, from: IsoDate, n: number): WorkingDaysResult {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working-day count must be a whole number ≥ 0, got ${n}`);
  const provisionalYears = new Set<number>();
  const skipped: DayInfo[] = [];
  let date = from;
  yearOf(from); // validates `from` even when n = 0
  for (let counted = 0; counted < n; ) {
    date = nextDay(date);
    const info = cal.dayInfo(date);
    if (cal.isProvisionalYear(yearOf(date))) provisionalYears.add(yearOf(date));
    if (isNotableDay(info)) skipped.push(info);
    if (info.working) counted++;
  }
  return { date, provisional: provisionalYears.size > 0, skipped };
}

/**
 * Working days after `from` up to and including `to`.
 * Negative when `to` is before `from` (e.g. how many working days a due date is overdue).
 */
export function countWorkingDaysBetween(cal: WorkCalendar, from: IsoDate, to: IsoDate): number {
  const order = compareDates(from, to);
  if (order > 0) return -countWorkingDaysBetween(cal, to, from);
  let count = 0;
  for (let date = from; compareDates(date, to) < 0; ) {
    date = nextDay(date);
    if (cal.isWorkingDay(date)) count++;
  }
  return count;
}
