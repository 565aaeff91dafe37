const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when y-m-d (month 1–12) names a real day of the proleptic Gregorian calendar. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

/** True for a `YYYY-MM-DD` string that is a real calendar date (no 2026-02-30). */
export function isIsoCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  return isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Today's date in Asia/Shanghai as `YYYY-MM-DD`. China has kept UTC+8 without DST since 1991, so no tz database is needed. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
