import { describe, expect, it } from "vitest";

import { createWorkCalendar } from "./index";

const cal = createWorkCalendar();

describe("days of a published year (chinese-days data)", () => {
  it("Sun 2026-09-20 is a 调休 make-up working day for 国庆节", () => {
    // 2026 notice: 国庆 10-1…10-7, 9-20 (Sun) and 10-10 (Sat) 上班.
    expect(cal.dayInfo("2026-09-20")).toEqual({
      date: "2026-09-20",
      working: true,
      kind: "makeup_workday",
      name: "国庆节",
      festival: "national_day",
      source: "chinese-days",
      provisional: false,
    });
  });

  it("Fri 2026-09-25 is 中秋节; Sat 2026-10-03 inside the 国庆 break is a holiday too", () => {
    // 2026 notice: 中秋 9-25…9-27; the break 10-1…10-7 includes the weekend 10-3/10-4.
    expect(cal.dayInfo("2026-09-25")).toMatchObject({ working: false, kind: "holiday", name: "中秋节" });
    expect(cal.dayInfo("2026-10-03")).toMatchObject({ working: false, kind: "holiday", name: "国庆节" });
  });

  it("ordinary days: Mon 2026-09-21 works, Sat 2026-09-19 rests", () => {
    // Neither date appears in the 2026 notice.
    expect(cal.dayInfo("2026-09-21")).toMatchObject({ working: true, kind: "workday", source: "chinese-days" });
    expect(cal.dayInfo("2026-09-19")).toMatchObject({ working: false, kind: "weekend", source: "chinese-days" });
  });

  it("2025 notice: 中秋 Mon 10-06 inside the merged 国庆 break, make-up Sat 10-11", () => {
    // 2025 notice: 国庆+中秋 10-1…10-8; 9-28 (Sun) and 10-11 (Sat) 上班.
    expect(cal.dayInfo("2025-10-06")).toMatchObject({ working: false, kind: "holiday", name: "中秋节" });
    expect(cal.dayInfo("2025-10-11")).toMatchObject({ working: true, kind: "makeup_workday", name: "国庆节" });
  });
});

describe("provisional years", () => {
  it("2027 (no notice) and years before 2004 are provisional; 2004–2026 are not", () => {
    expect(cal.isProvisionalYear(2027)).toBe(true);
    expect(cal.isProvisionalYear(2003)).toBe(true);
    expect(cal.isProvisionalYear(2026)).toBe(false);
    expect(cal.isProvisionalYear(2004)).toBe(false);
  });

  it("Fri 2027-02-05 (除夕) is a statutory-rule holiday, Mon 2027-02-08 (初三) too", () => {
    expect(cal.dayInfo("2027-02-05")).toEqual({
      date: "2027-02-05",
      working: false,
      kind: "holiday",
      name: "春节",
      festival: "spring_festival",
      source: "statutory-rule",
      provisional: true,
    });
    expect(cal.isWorkingDay("2027-02-08")).toBe(false);
    expect(cal.isWorkingDay("2027-02-09")).toBe(true); // 初四, Tuesday: no 调休 without a notice
  });

  it("in 2027 a weekend is never a working day, and there are 254 working days", () => {
    // 2027 starts on a Friday: 52 weeks + 1 Friday = 261 weekdays. Weekday holidays: 1-1 Fri,
    // 2-5 Fri, 2-8 Mon, 4-5 Mon, 6-9 Wed, 9-15 Wed, 10-1 Fri = 7 (5-1/2, 2-6/7, 10-2/3 fall on weekends,
    // with no substitute day) → 261 − 7 = 254.
    let working = 0;
    for (let t = Date.UTC(2027, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const weekday = new Date(t).getUTCDay();
      const info = cal.dayInfo(date);
      if (weekday === 0 || weekday === 6) expect(info.working, date).toBe(false);
      if (info.working) working++;
      expect(info.provisional).toBe(true);
    }
    expect(working).toBe(254);
  });
});

describe("overrides and admin-entered notices", () => {
  it("an override wins in both directions over chinese-days", () => {
    // Mon 2026-09-21 is an ordinary working day, Wed 2026-10-07 a 国庆 holiday in the data.
    const withOverrides = createWorkCalendar({
      overrides: [
        { date: "2026-09-21", kind: "holiday", note: "台风停工" },
        { date: "2026-10-07", kind: "workday", note: null },
      ],
    });
    expect(withOverrides.dayInfo("2026-09-21")).toEqual({
      date: "2026-09-21",
      working: false,
      kind: "holiday",
      name: "台风停工",
      source: "override",
      provisional: false,
    });
    expect(withOverrides.dayInfo("2026-10-07")).toMatchObject({ working: true, kind: "workday", source: "override" });
    expect(withOverrides.dayInfo("2026-10-07").name).toBeUndefined();
  });

  it("an override wins in both directions over the statutory rule (2027)", () => {
    // Mon 2027-02-08 (初三) made a working day; Sat 2027-02-20 made a make-up working day;
    // Tue 2027-02-09 made a holiday.
    const withOverrides = createWorkCalendar({
      overrides: [
        { date: "2027-02-08", kind: "workday" },
        { date: "2027-02-20", kind: "workday", note: "春节调休" },
        { date: "2027-02-09", kind: "holiday", note: "春节" },
      ],
    });
    expect(withOverrides.dayInfo("2027-02-08")).toMatchObject({ working: true, kind: "workday", provisional: false });
    expect(withOverrides.dayInfo("2027-02-20")).toMatchObject({ working: true, kind: "makeup_workday", name: "春节调休" });
    expect(withOverrides.dayInfo("2027-02-09")).toMatchObject({ working: false, kind: "holiday", source: "override" });
    // The year itself stays provisional until its whole notice is entered.
    expect(withOverrides.isProvisionalYear(2027)).toBe(true);
  });

  it("noticeYears makes 2027 complete: overrides + weekends only, not provisional", () => {
    // With the notice entered, statutory-rule days no longer apply by themselves: Mon 2027-02-08 is
    // a working day unless an override says otherwise; the 元旦 override makes 1-1 a holiday.
    const entered = createWorkCalendar({
      noticeYears: [2027],
      overrides: [{ date: "2027-01-01", kind: "holiday", note: "元旦" }],
    });
    expect(entered.isProvisionalYear(2027)).toBe(false);
    expect(entered.dayInfo("2027-01-01")).toMatchObject({ working: false, kind: "holiday", name: "元旦" });
    expect(entered.dayInfo("2027-02-08")).toEqual({
      date: "2027-02-08",
      working: true,
      kind: "workday",
      source: "override",
      provisional: false,
    });
    expect(entered.dayInfo("2027-02-06")).toMatchObject({ working: false, kind: "weekend" });
  });

  it("the later of two overrides for the same date wins", () => {
    const twice = createWorkCalendar({
      overrides: [
        { date: "2026-09-21", kind: "holiday" },
        { date: "2026-09-21", kind: "workday" },
      ],
    });
    expect(twice.isWorkingDay("2026-09-21")).toBe(true);
  });

  it("refuses malformed dates", () => {
    expect(() => cal.dayInfo("2026-02-30")).toThrow(RangeError);
    expect(() => cal.dayInfo("2026-9-1")).toThrow(RangeError);
    expect(() => createWorkCalendar({ overrides: [{ date: "2026/10/01", kind: "holiday" }] })).toThrow(RangeError);
  });
});
