import { assertIsoDate, type IsoDate, isWeekend, yearOf } from "./dates";
import type { FestivalKey } from "./festivals";
import { isChineseDaysYear, publishedDayOn } from "./published-data";
import { statutoryHolidayOn } from "./statutory-holidays";

/** An admin entry from the database; it always wins over every other source. */
export type CalendarOverride = { date: IsoDate; kind: "holiday" | "workday"; note?: string | null };

export type DayKind = "workday" | "weekend" | "holiday" | "makeup_workday";

/**
 * Which rule decided the day:
 * - "chinese-days": a year whose State Council notice chinese-days carries;
 * - "statutory-rule": a year without a notice (the fixed statutory holidays, no 调休);
 * - "override": an admin override, or any day of a year listed in `noticeYears` (the admin entered
 *   that year's notice, so overrides plus weekends are the whole rule).
 */
export type DaySource = "chinese-days" | "statutory-rule" | "override";

export type DayInfo = {
  date: IsoDate;
  working: boolean;
  /** A non-working day inside an announced break is "holiday" even on a Saturday or Sunday. */
  kind: DayKind;
  /** Chinese festival name, or the admin's note for an override. */
  name?: string;
  /** Stable key of a statutory festival, for message catalogs. */
  festival?: FestivalKey;
  source: DaySource;
  /** The day lies in a provisional year and was not fixed by an override, so a notice may change it. */
  provisional: boolean;
};

export type WorkCalendar = {
  dayInfo(date: IsoDate): DayInfo;
  isWorkingDay(date: IsoDate): boolean;
  /** No published notice (chinese-days) and none entered by an admin: statutory holidays only. */
  isProvisionalYear(year: number): boolean;
};

export type WorkCalendarOptions = {
  overrides?: readonly CalendarOverride[];
  /** Years for which an admin entered the whole notice as overrides. */
  noticeYears?: readonly number[];
};

export function createWorkCalendar({ overrides = [], noticeYears = [] }: WorkCalendarOptions = {}): WorkCalendar {
  const overrideByDate = new Map<IsoDate, CalendarOverride>();
  for (const override of overrides) {
    assertIsoDate(override.date);
    overrideByDate.set(override.date, override); // on duplicates the later entry wins
  }
  const enteredYears = new Set(noticeYears);

  const isProvisionalYear = (year: number): boolean => !enteredYears.has(year) && !isChineseDaysYear(year);

  const dayInfo = (date: IsoDate): DayInfo => {
    const year = yearOf(date);
    const weekend = isWeekend(date);
    const plainKind: DayKind = weekend ? "weekend" : "workday";

    const override = overrideByDate.get(date);
    if (override) {
      const name = override.note?.trim() || undefined;
      const working = override.kind === "workday";
      const kind: DayKind = working ? (weekend ? "makeup_workday" : "workday") : "holiday";
      return withName({ date, working, kind, source: "override", provisional: false }, name);
    }
    if (enteredYears.has(year)) {
      return { date, working: !weekend, kind: plainKind, source: "override", provisional: false };
    }
    if (isChineseDaysYear(year)) {
      const published = publishedDayOn(date);
      if (!published) return { date, working: !weekend, kind: plainKind, source: "chinese-days", provisional: false };
      const working = published.kind === "makeup_workday";
      // chinese-days lists make-up days only on weekends; a weekday one would just be a workday.
      const kind: DayKind = working ? (weekend ? "makeup_workday" : "workday") : "holiday";
      return {
        date,
        working,
        kind,
        name: published.name,
        ...(published.festival ? { festival: published.festival } : {}),
        source: "chinese-days",
        provisional: false,
      };
    }
    const holiday = statutoryHolidayOn(date);
    if (holiday) {
      const { name, festival } = holiday;
      return { date, working: false, kind: "holiday", name, festival, source: "statutory-rule", provisional: true };
    }
    return { date, working: !weekend, kind: plainKind, source: "statutory-rule", provisional: true };
  };

  return {
    dayInfo,
    isWorkingDay: (date) => dayInfo(date).working,
    isProvisionalYear,
  };
}

function withName(info: DayInfo, name: string | undefined): DayInfo {
  return name === undefined ? info : { ...info, name };
}
