/**
 * Pure calendar-date arithmetic on `YYYY-MM-DD` strings.
 * Dates are Asia/Shanghai calendar dates; arithmetic runs in UTC so the host time zone never shifts a day.
 */

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtcMs(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [, y, m, d] = match;
    const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
    if (formatUtc(ms) === date) return ms;
  }
  throw new RangeError(`Not a valid YYYY-MM-DD date: ${JSON.stringify(date)}`);
}

function formatUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  try {
    toUtcMs(value);
    return true;
  } catch {
    return false;
  }
}

/** Throws a RangeError unless `date` is a real `YYYY-MM-DD` date (so 2026-02-30 is refused). */
export function assertIsoDate(date: IsoDate): void {
  toUtcMs(date);
}

/** Builds a date from its parts; `month` is 1–12. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return formatUtc(Date.UTC(year, month - 1, day));
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return formatUtc(toUtcMs(date) + days * DAY_MS);
}

export function nextDay(date: IsoDate): IsoDate {
  return addCalendarDays(date, 1);
}

export function previousDay(date: IsoDate): IsoDate {
  return addCalendarDays(date, -1);
}

/** Negative when `a` is earlier, 0 when equal, positive when later. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toUtcMs(a) - toUtcMs(b));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

export function yearOf(date: IsoDate): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}
