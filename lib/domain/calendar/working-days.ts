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
  // Day numbers, not strings (parsing and re-validating a date string per day cost ~10 µs a day), and each
  // calendar's answers kept by day number: the staff queue counts the same years of days for every row.
  let known = workingByDay.get(cal);
  if (!known) workingByDay.set(cal, (known = new Map()));
  const last = daysSinceEpoch(to);
  let count = 0;
  for (let day = daysSinceEpoch(from) + 1; day <= last; day++) {
    let working = known.get(day);
    if (working === undefined) known.set(day, (working = cal.isWorkingDay(new Date(day * DAY_MS).toISOString().slice(0, 10))));
    if (working) count++;
  }
  return count;
}

const DAY_MS = 86_400_000;
const workingByDay = new WeakMap<WorkCalendar, Map<number, boolean>>();

function daysSinceEpoch(date: IsoDate): number {
  yearOf(date); // validates
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}
