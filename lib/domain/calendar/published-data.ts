import publishedData from "chinese-days/dist/chinese-days.json" with { type: "json" };

import type { IsoDate } from "./dates";
import { type FestivalKey, parseChineseDaysLabel } from "./festivals";

/**
 * The State Council holiday notices as transcribed by the chinese-days package.
 * We read its JSON tables directly: its date functions format dates in the host time zone and are off
 * by one day west of UTC, the plain tables are not.
 */
type DayTable = Readonly<Record<IsoDate, string>>;
const holidays: DayTable = publishedData.holidays;
const makeupWorkdays: DayTable = publishedData.workdays;

function yearsIn(...tables: DayTable[]): number[] {
  const years = new Set<number>();
  for (const table of tables) for (const date of Object.keys(table)) years.add(Number(date.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

/** Years whose holiday notice chinese-days carries (2004–2026 in v1.5.7), derived from its data. */
export const CHINESE_DAYS_YEARS: readonly number[] = Object.freeze(yearsIn(holidays, makeupWorkdays));

const coveredYears = new Set(CHINESE_DAYS_YEARS);

export function isChineseDaysYear(year: number): boolean {
  return coveredYears.has(year);
}

export type PublishedDay = {
  kind: "holiday" | "makeup_workday";
  name: string;
  festival?: FestivalKey;
};

/** The published status of a date, or undefined for an ordinary day (Mon–Fri works, Sat/Sun rests). */
export function publishedDayOn(date: IsoDate): PublishedDay | undefined {
  const holiday = holidays[date];
  if (holiday !== undefined) return { kind: "holiday", ...parseChineseDaysLabel(holiday) };
  const makeup = makeupWorkdays[date];
  if (makeup !== undefined) return { kind: "makeup_workday", ...parseChineseDaysLabel(makeup) };
  return undefined;
}
