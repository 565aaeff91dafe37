import { getLunarDate, isWorkday } from "chinese-days";
import { describe, expect, it } from "vitest";

import { CHINESE_DAYS_YEARS, createWorkCalendar } from "./index";
import { statutoryHolidays } from "./statutory-holidays";

const datesOf = (year: number) => statutoryHolidays(year).map((h) => h.date);

describe("published years", () => {
  it("chinese-days covers exactly 2004–2026", () => {
    // Derived from the keys of chinese-days.json: first notice year 2004, last 2026, no gaps.
    expect(CHINESE_DAYS_YEARS).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it("chinese-days itself treats 2027 as plain Mon–Fri (so it must not be trusted there)", () => {
    // 2027-01-01 is a Friday and 元旦; chinese-days has no 2027 notice and calls it a working day.
    expect(isWorkday("2027-01-01")).toBe(true);
    expect(createWorkCalendar().isWorkingDay("2027-01-01")).toBe(false);
  });
});

describe("statutory holidays (2024 rule) for a year without a notice", () => {
  it("2027: 元旦, 春节 incl. 除夕, 清明, 劳动节 1–2, 端午, 中秋, 国庆 1–3", () => {
    // 正月初一 = Sat 2027-02-06 → 除夕 Fri 02-05, 初二 Sun 02-07, 初三 Mon 02-08;
    // 清明 Mon 04-05; 端午 (五月初五) Wed 06-09; 中秋 (八月十五) Wed 09-15.
    expect(statutoryHolidays(2027)).toEqual([
      { date: "2027-01-01", festival: "new_year", name: "元旦" },
      { date: "2027-02-05", festival: "spring_festival", name: "春节" },
      { date: "2027-02-06", festival: "spring_festival", name: "春节" },
      { date: "2027-02-07", festival: "spring_festival", name: "春节" },
      { date: "2027-02-08", festival: "spring_festival", name: "春节" },
      { date: "2027-04-05", festival: "qingming", name: "清明节" },
      { date: "2027-05-01", festival: "labour_day", name: "劳动节" },
      { date: "2027-05-02", festival: "labour_day", name: "劳动节" },
      { date: "2027-06-09", festival: "dragon_boat", name: "端午节" },
      { date: "2027-09-15", festival: "mid_autumn", name: "中秋节" },
      { date: "2027-10-01", festival: "national_day", name: "国庆节" },
      { date: "2027-10-02", festival: "national_day", name: "国庆节" },
      { date: "2027-10-03", festival: "national_day", name: "国庆节" },
    ]);
  });

  it("除夕 2027 is 腊月廿九: the 12th month of lunar 2026 has only 29 days", () => {
    // 正月初一 02-06 minus one day; the lunar table confirms 02-05 is 腊月廿九, not 三十.
    const eve = getLunarDate("2027-02-05");
    expect([eve.lunarMon, eve.lunarDay]).toEqual([12, 29]);
    expect(datesOf(2027)).toContain("2027-02-05");
  });

  it("2028: 端午 is the regular 五月初五 (not the 闰五月 one) and 中秋 shares 10-03 with 国庆", () => {
    // 2028 has a 闰五月: 五月初五 = Sun 05-28, 闰五月初五 = 06-27. 中秋 = Tue 10-03 = 国庆 day 3,
    // so 12 distinct days; 正月初一 Wed 01-26 → 除夕 Tue 01-25; 清明 04-04.
    expect(datesOf(2028)).toEqual([
      "2028-01-01", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28", "2028-04-04",
      "2028-05-01", "2028-05-02", "2028-05-28", "2028-10-01", "2028-10-02", "2028-10-03",
    ]);
  });

  it("the rule reproduces the statutory days inside the real 2025 and 2026 notices", () => {
    // 2025: 1-1, 除夕 1-28 + 1-29..31, 清明 4-4, 5-1/2, 端午 5-31, 中秋 10-6, 10-1..3 — all 放假 in the notice.
    // 2026: 1-1, 除夕 2-16 + 2-17..19, 清明 4-5, 5-1/2, 端午 6-19, 中秋 9-25, 10-1..3.
    const cal = createWorkCalendar();
    for (const year of [2025, 2026]) {
      for (const date of datesOf(year)) expect(cal.dayInfo(date).kind, date).toBe("holiday");
    }
    expect(datesOf(2025)).toContain("2025-10-06");
    expect(datesOf(2026)).toContain("2026-02-16");
  });

  it("does not depend on the host time zone (chinese-days' own date printing does)", () => {
    // West of UTC chinese-days prints lunar/solar-term dates a day off; our results must not move.
    // 2030 (used nowhere else in this file, so not cached): 正月初一 Sun 02-03, 清明 04-05, 端午 06-05, 中秋 09-12.
    const saved = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(new Date(Date.UTC(2030, 3, 5)).getDate()).toBe(4); // the switch took effect
      expect(datesOf(2030)).toEqual([
        "2030-01-01", "2030-02-02", "2030-02-03", "2030-02-04", "2030-02-05", "2030-04-05",
        "2030-05-01", "2030-05-02", "2030-06-05", "2030-09-12", "2030-10-01", "2030-10-02", "2030-10-03",
      ]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
