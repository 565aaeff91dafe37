import { describe, expect, it } from "vitest";

import { addWorkingDays, compareDates, countWorkingDaysBetween, createWorkCalendar, nextDay, previousDay } from "./index";

const cal = createWorkCalendar();
const skippedDates = (from: string, n: number, calendar = cal) =>
  addWorkingDays(calendar, from, n).skipped.map((d) => `${d.date} ${d.kind}`);

describe("addWorkingDays across published holidays", () => {
  it("domain.md example: Fri 2026-09-18 + 20 → 2026-10-22", () => {
    // 9-20 Sun (调休) 1, 9-21…9-24 2–5, [9-25 中秋, 9-26/27 wkd], 9-28 6, 9-29 7, 9-30 8, [10-1…10-7],
    // 10-8 9, 10-9 10, 10-10 Sat (调休) 11, 10-12…10-16 12–16, 10-19…10-22 17–20.
    const result = addWorkingDays(cal, "2026-09-18", 20);
    expect(result.date).toBe("2026-10-22");
    expect(result.provisional).toBe(false);
    // The weekend days of the break (10-3, 10-4) are not listed: they would have been off anyway.
    expect(skippedDates("2026-09-18", 20)).toEqual([
      "2026-09-20 makeup_workday",
      "2026-09-25 holiday",
      "2026-10-01 holiday",
      "2026-10-02 holiday",
      "2026-10-05 holiday",
      "2026-10-06 holiday",
      "2026-10-07 holiday",
      "2026-10-10 makeup_workday",
    ]);
  });

  it("day 0 is the start: n = 0 returns it, n = 1 from Fri 2026-09-18 is the make-up Sunday", () => {
    expect(addWorkingDays(cal, "2026-09-18", 0)).toEqual({ date: "2026-09-18", provisional: false, skipped: [] });
    expect(addWorkingDays(cal, "2026-09-18", 1).date).toBe("2026-09-20");
  });

  it("国庆 2026 from Wed 2026-09-30 + 20 → Tue 2026-11-03", () => {
    // [10-1…10-7], 10-8 1, 10-9 2, 10-10 Sat 3, 10-12…16 4–8, 10-19…23 9–13, 10-26…30 14–18,
    // 11-2 19, 11-3 20.
    expect(addWorkingDays(cal, "2026-09-30", 20).date).toBe("2026-11-03");
  });

  it("春节 2025 from Fri 2025-01-24 + 20 → Thu 2025-02-27", () => {
    // 2025 notice: 1-28…2-4 off, 1-26 (Sun) and 2-8 (Sat) 上班.
    // 1-26 1, 1-27 2, [1-28…2-4], 2-5 3, 2-6 4, 2-7 5, 2-8 Sat 6, 2-10…14 7–11, 2-17…21 12–16,
    // 2-24…27 17–20.
    expect(addWorkingDays(cal, "2025-01-24", 20).date).toBe("2025-02-27");
    expect(skippedDates("2025-01-24", 20)).toEqual([
      "2025-01-26 makeup_workday",
      "2025-01-28 holiday",
      "2025-01-29 holiday",
      "2025-01-30 holiday",
      "2025-01-31 holiday",
      "2025-02-03 holiday",
      "2025-02-04 holiday",
      "2025-02-08 makeup_workday",
    ]);
  });

  it("春节 2026 from Fri 2026-02-13 + 20 → Thu 2026-03-19", () => {
    // 2026 notice: 2-15…2-23 off, 2-14 (Sat) and 2-28 (Sat) 上班.
    // 2-14 1, [2-15…2-23], 2-24…27 2–5, 2-28 Sat 6, 3-2…6 7–11, 3-9…13 12–16, 3-16…19 17–20.
    expect(addWorkingDays(cal, "2026-02-13", 20).date).toBe("2026-03-19");
    expect(skippedDates("2026-02-13", 20)).toEqual([
      "2026-02-14 makeup_workday",
      "2026-02-16 holiday",
      "2026-02-17 holiday",
      "2026-02-18 holiday",
      "2026-02-19 holiday",
      "2026-02-20 holiday",
      "2026-02-23 holiday",
      "2026-02-28 makeup_workday",
    ]);
  });

  it("国庆+中秋 2025 from Fri 2025-09-26 + 20 → Thu 2025-10-30", () => {
    // 2025 notice: 10-1…10-8 off (10-6 is 中秋), 9-28 (Sun) and 10-11 (Sat) 上班.
    // 9-28 1, 9-29 2, 9-30 3, [10-1…10-8], 10-9 4, 10-10 5, 10-11 Sat 6, 10-13…17 7–11,
    // 10-20…24 12–16, 10-27…30 17–20.
    const result = addWorkingDays(cal, "2025-09-26", 20);
    expect(result.date).toBe("2025-10-30");
    expect(result.skipped.find((d) => d.date === "2025-10-06")?.name).toBe("中秋节");
    expect(result.skipped).toHaveLength(8); // 9-28, 10-1/2/3/6/7/8, 10-11
  });

  it("元旦 2026 from Wed 2025-12-31 + 3 → Tue 2026-01-06; the Saturday of the break is not listed", () => {
    // 2026 notice: 1-1…1-3 off, 1-4 (Sun) 上班. [1-1 Thu, 1-2 Fri, 1-3 Sat], 1-4 1, 1-5 2, 1-6 3.
    expect(addWorkingDays(cal, "2025-12-31", 3).date).toBe("2026-01-06");
    expect(skippedDates("2025-12-31", 3)).toEqual([
      "2026-01-01 holiday",
      "2026-01-02 holiday",
      "2026-01-04 makeup_workday",
    ]);
  });

  it("劳动节 2026 from Thu 2026-04-30 + 5 → Mon 2026-05-11", () => {
    // 2026 notice: 5-1…5-5 off, 5-9 (Sat) 上班. [5-1…5-5], 5-6 1, 5-7 2, 5-8 3, 5-9 Sat 4, 5-11 5.
    expect(addWorkingDays(cal, "2026-04-30", 5).date).toBe("2026-05-11");
  });
});

describe("addWorkingDays into 2027 (statutory rule, provisional)", () => {
  it("Tue 2026-12-15 + 20 → Wed 2027-01-13, skipping 元旦, provisional", () => {
    // 12-16…18 1–3, 12-21…25 4–8, 12-28…31 9–12, [1-1 Fri 元旦], 1-4…8 13–17, 1-11 18, 1-12 19, 1-13 20.
    const result = addWorkingDays(cal, "2026-12-15", 20);
    expect(result.date).toBe("2027-01-13");
    expect(result.provisional).toBe(true);
    expect(skippedDates("2026-12-15", 20)).toEqual(["2027-01-01 holiday"]);
  });

  it("stays non-provisional while every counted day is in 2026", () => {
    // Tue 2026-12-15 + 12 → Thu 2026-12-31 (see the count above).
    expect(addWorkingDays(cal, "2026-12-15", 12)).toMatchObject({ date: "2026-12-31", provisional: false });
  });

  it("春节 2027: Mon 2027-02-01 + 5 → Wed 2027-02-10, no 调休 make-up days", () => {
    // 2-2 1, 2-3 2, 2-4 3, [2-5 除夕 Fri, 2-6/2-7 weekend, 2-8 初三 Mon], 2-9 4, 2-10 5.
    expect(addWorkingDays(cal, "2027-02-01", 5).date).toBe("2027-02-10");
    expect(skippedDates("2027-02-01", 5)).toEqual(["2027-02-05 holiday", "2027-02-08 holiday"]);
  });

  it("清明 2027: Fri 2027-04-02 + 3 → Thu 2027-04-08", () => {
    // [4-3/4-4 weekend, 4-5 清明 Mon], 4-6 1, 4-7 2, 4-8 3.
    expect(addWorkingDays(cal, "2027-04-02", 3).date).toBe("2027-04-08");
  });

  it("劳动节 2027 falls on Sat/Sun: Fri 2027-04-30 + 1 → Mon 2027-05-03 (no substitute day)", () => {
    expect(addWorkingDays(cal, "2027-04-30", 1)).toMatchObject({ date: "2027-05-03", skipped: [] });
  });

  it("端午 2027: Tue 2027-06-08 + 1 → Thu 2027-06-10", () => {
    // [6-9 端午 Wed], 6-10 1.
    expect(addWorkingDays(cal, "2027-06-08", 1).date).toBe("2027-06-10");
  });

  it("中秋 2027: Tue 2027-09-14 + 1 → Thu 2027-09-16", () => {
    // [9-15 中秋 Wed], 9-16 1.
    expect(addWorkingDays(cal, "2027-09-14", 1).date).toBe("2027-09-16");
  });

  it("国庆 2027: Thu 2027-09-30 + 1 → Mon 2027-10-04 (10-2/10-3 on the weekend give no extra day)", () => {
    // [10-1 Fri, 10-2 Sat, 10-3 Sun], 10-4 1.
    expect(addWorkingDays(cal, "2027-09-30", 1).date).toBe("2027-10-04");
  });

  it("an override Saturday in 2027 counts: Fri 2027-02-19 + 1 → Sat 2027-02-20 (else Mon 02-22)", () => {
    const withMakeup = createWorkCalendar({ overrides: [{ date: "2027-02-20", kind: "workday" }] });
    expect(addWorkingDays(withMakeup, "2027-02-19", 1).date).toBe("2027-02-20");
    expect(addWorkingDays(cal, "2027-02-19", 1).date).toBe("2027-02-22");
  });

  it("noticeYears: 2026-12-15 + 20 is not provisional; 1-1 rests only if the admin entered it", () => {
    // With 元旦 entered: same count as above → 2027-01-13. Without it 1-1 is a plain Friday → 2027-01-12.
    const withNewYear = createWorkCalendar({
      noticeYears: [2027],
      overrides: [{ date: "2027-01-01", kind: "holiday", note: "元旦" }],
    });
    expect(addWorkingDays(withNewYear, "2026-12-15", 20)).toMatchObject({ date: "2027-01-13", provisional: false });
    const bare = createWorkCalendar({ noticeYears: [2027] });
    expect(addWorkingDays(bare, "2026-12-15", 20)).toMatchObject({ date: "2027-01-12", provisional: false });
  });
});

describe("overrides move the count", () => {
  it("a workday override on Sat 2026-10-03 (inside 国庆) counts: Wed 2026-09-30 + 1 → 10-03", () => {
    const open = createWorkCalendar({ overrides: [{ date: "2026-10-03", kind: "workday" }] });
    expect(addWorkingDays(open, "2026-09-30", 1).date).toBe("2026-10-03");
  });

  it("a holiday override on Mon 2026-10-12 pushes the 2026-09-18 due date from 10-22 to 10-23", () => {
    const closed = createWorkCalendar({ overrides: [{ date: "2026-10-12", kind: "holiday", note: "停电" }] });
    const result = addWorkingDays(closed, "2026-09-18", 20);
    expect(result.date).toBe("2026-10-23");
    expect(result.skipped.map((d) => d.date)).toContain("2026-10-12");
  });
});

describe("counting between dates and date helpers", () => {
  it("countWorkingDaysBetween counts after `from` up to and including `to`", () => {
    expect(countWorkingDaysBetween(cal, "2026-09-18", "2026-10-22")).toBe(20);
    expect(countWorkingDaysBetween(cal, "2026-10-22", "2026-09-18")).toBe(-20);
    expect(countWorkingDaysBetween(cal, "2026-09-18", "2026-09-18")).toBe(0);
    // Wed 9-30 → Wed 10-7: every day in between is part of the 国庆 break.
    expect(countWorkingDaysBetween(cal, "2026-09-30", "2026-10-07")).toBe(0);
    // Across the year end: 12-28…31 (4) + [1-1] + 1-4 (1) = 5.
    expect(countWorkingDaysBetween(cal, "2026-12-25", "2027-01-04")).toBe(5);
  });

  it("nextDay/previousDay cross month, leap-day and year ends; compareDates orders", () => {
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(previousDay("2027-03-01")).toBe("2027-02-28");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
    expect(compareDates("2026-09-18", "2026-10-22")).toBe(-1);
    expect(compareDates("2026-10-22", "2026-10-22")).toBe(0);
    expect(compareDates("2027-01-01", "2026-12-31")).toBe(1);
  });

  it("rejects a negative or fractional count", () => {
    expect(() => addWorkingDays(cal, "2026-09-18", -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, "2026-09-18", 1.5)).toThrow(RangeError);
  });
});
