import chineseDays from "chinese-days";

// The package is CommonJS (a UMD bundle): named imports fail under Node's ESM loader (tsx scripts), so destructure.
const { getLunarDate, getSolarTermDate } = chineseDays;

import { addCalendarDays, type IsoDate, isoDate } from "./dates";
import { FESTIVAL_NAMES, type FestivalKey } from "./festivals";

/**
 * The holidays fixed by 《全国年节及纪念日放假办法》 (2024 revision, in force since 2025), for a year
 * without a published State Council notice: no 调休, a holiday on a weekend gives no substitute day.
 */
export type StatutoryHoliday = { date: IsoDate; festival: FestivalKey; name: string };

// chinese-days' lunar tables span 1900–2100; stay strictly inside them.
const FIRST_SUPPORTED_YEAR = 1901;
const LAST_SUPPORTED_YEAR = 2099;

const cache = new Map<number, readonly StatutoryHoliday[]>();

export function statutoryHolidays(year: number): readonly StatutoryHoliday[] {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = Object.freeze(computeStatutoryHolidays(year));
    cache.set(year, holidays);
  }
  return holidays;
}

export function statutoryHolidayOn(date: IsoDate): StatutoryHoliday | undefined {
  return statutoryHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
}

function computeStatutoryHolidays(year: number): StatutoryHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`No statutory holiday rule for year ${year}`);
  }
  const lunar = lunarFestivalDates(year);
  const springFestival = lunar.springFestival;
  const entries: [IsoDate, FestivalKey][] = [
    [isoDate(year, 1, 1), "new_year"],
    // 除夕 is simply the day before 正月初一, whether 腊月 has 29 or 30 days.
    [addCalendarDays(springFestival, -1), "spring_festival"],
    [springFestival, "spring_festival"],
    [addCalendarDays(springFestival, 1), "spring_festival"],
    [addCalendarDays(springFestival, 2), "spring_festival"],
    [qingmingDate(year), "qingming"],
    [isoDate(year, 5, 1), "labour_day"],
    [isoDate(year, 5, 2), "labour_day"],
    [lunar.dragonBoat, "dragon_boat"],
    [lunar.midAutumn, "mid_autumn"],
    [isoDate(year, 10, 1), "national_day"],
    [isoDate(year, 10, 2), "national_day"],
    [isoDate(year, 10, 3), "national_day"],
  ];
  // Sorted by date; were two festivals ever to share a day (中秋 on 1 Oct), the first listed names it.
  const byDate = new Map<IsoDate, StatutoryHoliday>();
  for (const [date, festival] of entries) {
    if (!byDate.has(date)) byDate.set(date, { date, festival, name: FESTIVAL_NAMES[festival] });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * 正月初一, 五月初五 and 八月十五 (never the leap month) within a Gregorian year.
 * getLunarDate is the one chinese-days conversion that ignores the host time zone (it diffs UTC
 * instants), so scan the year with it rather than call getSolarDateFromLunar, which is off by a day
 * west of UTC.
 */
function lunarFestivalDates(year: number): { springFestival: IsoDate; dragonBoat: IsoDate; midAutumn: IsoDate } {
  const found: Partial<Record<"springFestival" | "dragonBoat" | "midAutumn", IsoDate>> = {};
  for (let date = isoDate(year, 1, 1); date.startsWith(String(year)); date = addCalendarDays(date, 1)) {
    const lunar = getLunarDate(date);
    if (lunar.isLeap) continue;
    if (lunar.lunarMon === 1 && lunar.lunarDay === 1) found.springFestival = date;
    else if (lunar.lunarMon === 5 && lunar.lunarDay === 5) found.dragonBoat = date;
    else if (lunar.lunarMon === 8 && lunar.lunarDay === 15) found.midAutumn = date;
  }
  const { springFestival, dragonBoat, midAutumn } = found;
  if (!springFestival || !dragonBoat || !midAutumn) {
    throw new RangeError(`Lunar festivals of ${year} not found in chinese-days' tables`);
  }
  return { springFestival, dragonBoat, midAutumn };
}

/**
 * The 清明 solar-term day. chinese-days computes the day of month correctly but prints
 * Date.UTC(year, 3, day) with local-time getters, so west of UTC it prints the day before;
 * find the day whose local printing matches, which undoes that whatever the host time zone.
 */
function qingmingDate(year: number): IsoDate {
  const printed = getSolarTermDate(year, 4, "pure_brightness");
  for (let day = 1; day <= 30; day++) {
    const local = new Date(Date.UTC(year, 3, day));
    const localPrinted = isoDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
    if (localPrinted === printed) return isoDate(year, 4, day);
  }
  throw new RangeError(`清明 of ${year} not found in chinese-days' solar terms`);
}
