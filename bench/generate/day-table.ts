import { addCalendarDays, createWorkCalendar } from "../../lib/domain/calendar";

/**
 * Every day from `first` to `last` with its working-day ordinal, so "the n-th working day after" is an array
 * lookup (a million cases × several deadlines each would otherwise walk the calendar day by day). Working days
 * come from the product's own calendar (chinese-days, the statutory rule for years without a notice).
 */
export class DayTable {
  readonly dates: string[] = [];
  readonly working: boolean[] = [];
  /** Working days on or before each day (inclusive). */
  private readonly ordinal: number[] = [];
  /** Day index of the k-th working day (k from 1). */
  private readonly byOrdinal: number[] = [0];
  private readonly provisionalYears = new Set<number>();
  private readonly firstYear: number;

  constructor(first: string, last: string) {
    const cal = createWorkCalendar();
    this.firstYear = Number(first.slice(0, 4));
    let count = 0;
    for (let d = first; d <= last; d = addCalendarDays(d, 1)) {
      const working = cal.isWorkingDay(d);
      this.dates.push(d);
      this.working.push(working);
      if (working) {
        count++;
        this.byOrdinal.push(this.dates.length - 1);
      }
      this.ordinal.push(count);
    }
    for (let y = this.firstYear; y <= Number(last.slice(0, 4)); y++) if (cal.isProvisionalYear(y)) this.provisionalYears.add(y);
  }

  get length(): number {
    return this.dates.length;
  }

  index(date: string): number {
    const i = this.dates.indexOf(date);
    if (i < 0) throw new RangeError(`${date} is outside the day table`);
    return i;
  }

  date(i: number): string {
    const d = this.dates[Math.min(i, this.dates.length - 1)];
    if (d === undefined) throw new RangeError(`day ${i} is outside the day table`);
    return d;
  }

  /** Day `from` is day 0; the n-th working day after it (n = 0: `from`). Clamped to the table's end. */
  addWorkingDays(from: number, n: number): number {
    if (n <= 0) return from;
    const target = this.ordinal[from]! + n;
    return this.byOrdinal[Math.min(target, this.byOrdinal.length - 1)]!;
  }

  /** Working days after `from` up to and including `to` (≥ 0). */
  workingDaysBetween(from: number, to: number): number {
    return to <= from ? 0 : this.ordinal[to]! - this.ordinal[from]!;
  }

  /** A due date computed through a provisional year (no holiday notice yet) is flagged as the product does. */
  isProvisional(from: number, to: number): boolean {
    for (let y = Number(this.date(from).slice(0, 4)); y <= Number(this.date(to).slice(0, 4)); y++) if (this.provisionalYears.has(y)) return true;
    return false;
  }
}
