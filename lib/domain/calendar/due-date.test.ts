import { describe, expect, it } from "vitest";

import {
  abandonmentDate,
  type ClockFacts,
  clarificationDeadlineLimit,
  computeDueDate,
  consultationLapseDate,
  createWorkCalendar,
  feePaymentDeadline,
} from "./index";

const cal = createWorkCalendar();
const facts = (f: Partial<ClockFacts> & { receivedAt: string }): ClockFacts => ({ stops: [], ...f });
const stepTypes = (steps: { type: string }[]) => steps.map((s) => s.type);

// Reference case for the stop tests: received Mon 2026-03-02 → plain due Mon 2026-03-30
// (3-3…6 1–4, 3-9…13 5–9, 3-16…20 10–14, 3-23…27 15–19, 3-30 20). 清明 2026: Mon 4-6 is off.
const MARCH = "2026-03-02";

describe("computeDueDate: plain counting", () => {
  it("received Fri 2026-09-18 → due 2026-10-22, explained step by step", () => {
    // Same count as domain.md: 调休 Sun 9-20 and Sat 10-10 count; 9-25 中秋 and 10-1…10-7 (weekdays) skipped.
    const result = computeDueDate(cal, facts({ receivedAt: "2026-09-18" }));
    expect(result).toMatchObject({ dueDate: "2026-10-22", baseDueDate: "2026-10-22", provisional: false, stopped: false });
    expect(result.steps).toEqual([
      { type: "received", date: "2026-09-18" },
      { type: "makeup_workday", date: "2026-09-20", name: "国庆节", festival: "national_day" },
      { type: "holiday_skipped", date: "2026-09-25", name: "中秋节", festival: "mid_autumn" },
      { type: "holiday_skipped", date: "2026-10-01", name: "国庆节", festival: "national_day" },
      { type: "holiday_skipped", date: "2026-10-02", name: "国庆节", festival: "national_day" },
      { type: "holiday_skipped", date: "2026-10-05", name: "国庆节", festival: "national_day" },
      { type: "holiday_skipped", date: "2026-10-06", name: "国庆节", festival: "national_day" },
      { type: "holiday_skipped", date: "2026-10-07", name: "国庆节", festival: "national_day" },
      { type: "makeup_workday", date: "2026-10-10", name: "国庆节", festival: "national_day" },
      { type: "due", date: "2026-10-22" },
    ]);
  });

  it("received Tue 2026-12-15 → due Wed 2027-01-13, skipping 元旦 2027, provisional", () => {
    // 12-16…31: 12 working days, [1-1 Fri 元旦 by the statutory rule], 1-4…8 13–17, 1-11…13 18–20.
    const result = computeDueDate(cal, facts({ receivedAt: "2026-12-15" }));
    expect(result.dueDate).toBe("2027-01-13");
    expect(result.provisional).toBe(true);
    expect(result.steps).toEqual([
      { type: "received", date: "2026-12-15" },
      { type: "holiday_skipped", date: "2027-01-01", name: "元旦", festival: "new_year" },
      { type: "provisional_year", year: 2027 },
      { type: "due", date: "2027-01-13" },
    ]);
  });

  it("the 2027 notice entered by an admin makes the same due date final", () => {
    const entered = createWorkCalendar({
      noticeYears: [2027],
      overrides: [{ date: "2027-01-01", kind: "holiday", note: "元旦" }],
    });
    const result = computeDueDate(entered, facts({ receivedAt: "2026-12-15" }));
    expect(result).toMatchObject({ dueDate: "2027-01-13", provisional: false });
    expect(stepTypes(result.steps)).not.toContain("provisional_year");
  });
});

describe("computeDueDate: 补正 (clarification)", () => {
  const clarification = { requestedAt: "2026-03-05", deadline: "2026-03-20" };

  it("the supplement restarts the clock: supplement Mon 2026-03-16 → due Tue 2026-04-14", () => {
    // From 3-16: 3-17…20 1–4, 3-23…27 5–9, 3-30…4-3 10–14, [4-6 清明], 4-7…10 15–18, 4-13 19, 4-14 20.
    const result = computeDueDate(
      cal,
      facts({ receivedAt: MARCH, clarification: { ...clarification, supplementReceivedAt: "2026-03-16" } }),
    );
    expect(result.dueDate).toBe("2026-04-14");
    expect(result.steps).toEqual([
      { type: "received", date: MARCH },
      { type: "clarification_requested", date: "2026-03-05", deadline: "2026-03-20" },
      { type: "restarted", date: "2026-03-16", late: false },
      { type: "holiday_skipped", date: "2026-04-06", name: "清明节", festival: "qingming" },
      { type: "due", date: "2026-04-14" },
    ]);
  });

  it("a late supplement accepted for good reason restarts too: Wed 2026-03-25 → due Thu 2026-04-23", () => {
    // 3-26 1, 3-27 2, 3-30…4-3 3–7, [4-6], 4-7…10 8–11, 4-13…17 12–16, 4-20…23 17–20.
    const result = computeDueDate(
      cal,
      facts({ receivedAt: MARCH, clarification: { ...clarification, supplementReceivedAt: "2026-03-25" } }),
    );
    expect(result.dueDate).toBe("2026-04-23");
    expect(result.steps).toContainEqual({ type: "restarted", date: "2026-03-25", late: true });
  });

  it("while the supplement is outstanding the clock waits for the applicant", () => {
    // Deadline Fri 3-20 passed by Mon 3-23 → overdue; abandoned as of the day after, Sat 3-21.
    const result = computeDueDate(cal, facts({ receivedAt: MARCH, clarification }), "2026-03-23");
    expect(result).toMatchObject({
      dueDate: null,
      stopped: true,
      stoppedBy: "clarification",
      clarificationDeadline: "2026-03-20",
      remainingWorkingDaysWhenStopped: 20,
    });
    expect(result.steps).toEqual([
      { type: "received", date: MARCH },
      { type: "clarification_requested", date: "2026-03-05", deadline: "2026-03-20" },
      { type: "waiting_for_applicant", deadline: "2026-03-20", overdue: true },
      { type: "clock_stopped", by: "clarification", remainingWorkingDays: 20 },
    ]);
    expect(abandonmentDate("2026-03-20")).toBe("2026-03-21");
  });

  it("stops that ended before the supplement do not matter after the restart", () => {
    // A consultation 3-06…3-10 lies before day 0 (3-16) of the restarted clock → due still 4-14.
    const result = computeDueDate(
      cal,
      facts({
        receivedAt: MARCH,
        clarification: { ...clarification, supplementReceivedAt: "2026-03-16" },
        stops: [{ kind: "consultation_third_party", startedAt: "2026-03-06", endedAt: "2026-03-10" }],
      }),
    );
    expect(result.dueDate).toBe("2026-04-14");
    expect(stepTypes(result.steps)).not.toContain("stopped");
  });
});

describe("computeDueDate: consultation and fee stops", () => {
  it("plain reference: received Mon 2026-03-02 → due Mon 2026-03-30", () => {
    expect(computeDueDate(cal, facts({ receivedAt: MARCH })).dueDate).toBe("2026-03-30");
  });

  it("a consultation 3-10…3-16 pauses 5 working days: due Tue 2026-04-07", () => {
    // Counted before the stop: 3-3…3-6, 3-9 = 5. Paused: 3-10…13, 3-16 = 5. Resumes Tue 3-17:
    // 3-17…20 6–9, 3-23…27 10–14, 3-30…4-3 15–19, [4-6 清明], 4-7 20.
    const result = computeDueDate(
      cal,
      facts({
        receivedAt: MARCH,
        stops: [{ kind: "consultation_third_party", startedAt: "2026-03-10", endedAt: "2026-03-16" }],
      }),
    );
    expect(result.dueDate).toBe("2026-04-07");
    expect(result.steps).toEqual([
      { type: "received", date: MARCH },
      { type: "stopped", kind: "consultation_third_party", from: "2026-03-10", to: "2026-03-16", workingDaysPaused: 5 },
      { type: "holiday_skipped", date: "2026-04-06", name: "清明节", festival: "qingming" },
      { type: "due", date: "2026-04-07" },
    ]);
  });

  it("two overlapping consultations stop the clock once (union 3-10…3-19): due Fri 2026-04-10", () => {
    // Union paused: 3-10…13, 3-16…19 = 8 (third party 5, then agency adds 3-17…19 = 3; not 5 + 6).
    // 5 counted before; resume Fri 3-20: 3-20 6, 3-23…27 7–11, 3-30…4-3 12–16, [4-6], 4-7…10 17–20.
    const result = computeDueDate(
      cal,
      facts({
        receivedAt: MARCH,
        stops: [
          { kind: "consultation_agency", startedAt: "2026-03-12", endedAt: "2026-03-19" },
          { kind: "consultation_third_party", startedAt: "2026-03-10", endedAt: "2026-03-16" },
        ],
      }),
    );
    expect(result.dueDate).toBe("2026-04-10");
    const stops = result.steps.filter((s) => s.type === "stopped");
    expect(stops).toEqual([
      { type: "stopped", kind: "consultation_third_party", from: "2026-03-10", to: "2026-03-16", workingDaysPaused: 5 },
      { type: "stopped", kind: "consultation_agency", from: "2026-03-12", to: "2026-03-19", workingDaysPaused: 3 },
    ]);
  });

  it("a consultation nested inside another adds nothing: due Mon 2026-04-13", () => {
    // Outer 3-10…3-20 pauses 9 working days; inner 3-12…3-13 pauses 0 more.
    // 5 counted; resume 3-23: 3-23…27 6–10, 3-30…4-3 11–15, [4-6], 4-7…10 16–19, 4-13 20.
    const result = computeDueDate(
      cal,
      facts({
        receivedAt: MARCH,
        stops: [
          { kind: "consultation_third_party", startedAt: "2026-03-10", endedAt: "2026-03-20" },
          { kind: "consultation_agency", startedAt: "2026-03-12", endedAt: "2026-03-13" },
        ],
      }),
    );
    expect(result.dueDate).toBe("2026-04-13");
    expect(result.steps.filter((s) => s.type === "stopped").map((s) => "workingDaysPaused" in s && s.workingDaysPaused)).toEqual([9, 0]);
  });

  it("a one-day stop on Mon 2026-03-09 resumes Tue 3-10 and costs one day; a weekend-only stop costs none", () => {
    // Mon 3-9 not counted → due moves from 3-30 to Tue 3-31. Sat 3-7…Sun 3-8 holds no working day.
    const oneDay = computeDueDate(
      cal,
      facts({ receivedAt: MARCH, stops: [{ kind: "consultation_agency", startedAt: "2026-03-09", endedAt: "2026-03-09" }] }),
    );
    expect(oneDay.dueDate).toBe("2026-03-31");
    const weekend = computeDueDate(
      cal,
      facts({ receivedAt: MARCH, stops: [{ kind: "consultation_agency", startedAt: "2026-03-07", endedAt: "2026-03-08" }] }),
    );
    expect(weekend.dueDate).toBe("2026-03-30");
  });

  it("a fee stop 9-22…9-29 on the 2026-09-18 case → due Thu 2026-10-29", () => {
    // 9-20 1, 9-21 2; paused 9-22, 9-23, 9-24, 9-28, 9-29 = 5 (9-25 is 中秋 anyway);
    // resume 9-30 3, [国庆], 10-8 4, 10-9 5, 10-10 6, 10-12…16 7–11, 10-19…23 12–16, 10-26…29 17–20.
    const result = computeDueDate(
      cal,
      facts({ receivedAt: "2026-09-18", stops: [{ kind: "fee", startedAt: "2026-09-22", endedAt: "2026-09-29" }] }),
    );
    expect(result.dueDate).toBe("2026-10-29");
    expect(result.steps).toContainEqual({ type: "stopped", kind: "fee", from: "2026-09-22", to: "2026-09-29", workingDaysPaused: 5 });
    // The stop step comes before the holiday that falls inside it.
    const types = stepTypes(result.steps);
    expect(types.indexOf("stopped")).toBeLessThan(types.indexOf("holiday_skipped"));
  });

  it("an open stop: clock stopped, no due date, 15 working days left", () => {
    // Agency consultation from Tue 3-10, not ended. Counted before: 3-3…3-6, 3-9 = 5 → 15 left.
    // By Wed 3-18 it has held 3-10…13, 3-16…18 = 7 working days.
    const open = facts({ receivedAt: MARCH, stops: [{ kind: "consultation_agency", startedAt: "2026-03-10" }] });
    const result = computeDueDate(cal, open, "2026-03-18");
    expect(result).toMatchObject({
      dueDate: null,
      baseDueDate: null,
      stopped: true,
      stoppedBy: "consultation_agency",
      remainingWorkingDaysWhenStopped: 15,
    });
    expect(result.steps).toEqual([
      { type: "received", date: MARCH },
      { type: "stopped", kind: "consultation_agency", from: "2026-03-10", to: null, workingDaysPaused: 7 },
      { type: "clock_stopped", by: "consultation_agency", remainingWorkingDays: 15 },
    ]);
    // Without `today` the paused count is unknown.
    expect(computeDueDate(cal, open).steps[1]).toMatchObject({ workingDaysPaused: null });
  });

  it("an open fee stop started after the due date does not revive the clock", () => {
    // Due Mon 3-30 was reached before the fee notice of Wed 4-1.
    const result = computeDueDate(
      cal,
      facts({ receivedAt: MARCH, stops: [{ kind: "fee", startedAt: "2026-04-01", endedAt: null }] }),
    );
    expect(result).toMatchObject({ dueDate: "2026-03-30", stopped: false });
  });

  it("refuses a stop that ends before it starts", () => {
    expect(() =>
      computeDueDate(cal, facts({ receivedAt: MARCH, stops: [{ kind: "fee", startedAt: "2026-03-10", endedAt: "2026-03-09" }] })),
    ).toThrow(RangeError);
  });
});

describe("computeDueDate: extension", () => {
  it("default 20 working days from the current due date: 2026-10-22 → Thu 2026-11-19", () => {
    // 10-23 1, 10-26…30 2–6, 11-2…6 7–11, 11-9…13 12–16, 11-16…19 17–20.
    const result = computeDueDate(cal, facts({ receivedAt: "2026-09-18", extension: { approvedAt: "2026-10-20" } }));
    expect(result).toMatchObject({ dueDate: "2026-11-19", baseDueDate: "2026-10-22" });
    expect(result.steps).toContainEqual({
      type: "extended",
      from: "2026-10-22",
      to: "2026-11-19",
      workingDays: 20,
      approvedAt: "2026-10-20",
      approvedInTime: true,
    });
    expect(result.steps.at(-1)).toEqual({ type: "due", date: "2026-11-19" });
  });

  it("a custom 5-day extension: 2026-10-22 → Thu 2026-10-29", () => {
    // 10-23 1, 10-26 2, 10-27 3, 10-28 4, 10-29 5.
    const result = computeDueDate(
      cal,
      facts({ receivedAt: "2026-09-18", extension: { approvedAt: "2026-10-22", workingDays: 5 } }),
    );
    expect(result.dueDate).toBe("2026-10-29");
  });

  it("consultation + extension: base due 4-07 (with the stop), +20 → Fri 2026-05-08 across 劳动节", () => {
    // Base as in the 3-10…3-16 consultation case: 2026-04-07. Then 4-8…10 1–3, 4-13…17 4–8,
    // 4-20…24 9–13, 4-27…30 14–17, [5-1…5-5], 5-6 18, 5-7 19, 5-8 20 (make-up Sat 5-9 not reached).
    const result = computeDueDate(
      cal,
      facts({
        receivedAt: MARCH,
        stops: [{ kind: "consultation_third_party", startedAt: "2026-03-10", endedAt: "2026-03-16" }],
        extension: { approvedAt: "2026-04-01" },
      }),
    );
    expect(result).toMatchObject({ dueDate: "2026-05-08", baseDueDate: "2026-04-07" });
    expect(stepTypes(result.steps)).toEqual([
      "received",
      "stopped",
      "holiday_skipped", // 4-6 清明
      "extended",
      "holiday_skipped", // 5-1
      "holiday_skipped", // 5-4
      "holiday_skipped", // 5-5
      "due",
    ]);
  });

  it("an extension approved after the due date is applied but flagged", () => {
    const result = computeDueDate(cal, facts({ receivedAt: "2026-09-18", extension: { approvedAt: "2026-10-23" } }));
    expect(result.steps).toContainEqual(expect.objectContaining({ type: "extended", approvedInTime: false }));
  });

  it("an open stop during the extension: base due known, 19 working days left", () => {
    // Base due 10-22 (20), 10-23 is 21; consultation from Mon 10-26 open → 40 − 21 = 19 left.
    const result = computeDueDate(
      cal,
      facts({
        receivedAt: "2026-09-18",
        extension: { approvedAt: "2026-10-20" },
        stops: [{ kind: "consultation_third_party", startedAt: "2026-10-26" }],
      }),
    );
    expect(result).toMatchObject({ dueDate: null, baseDueDate: "2026-10-22", stopped: true, remainingWorkingDaysWhenStopped: 19 });
    expect(result.steps).toContainEqual(expect.objectContaining({ type: "extended", to: null }));
  });

  it("refuses an extension longer than 20 or shorter than 1 working day", () => {
    const base = { receivedAt: "2026-09-18", stops: [] };
    expect(() => computeDueDate(cal, { ...base, extension: { approvedAt: "2026-10-20", workingDays: 21 } })).toThrow(RangeError);
    expect(() => computeDueDate(cal, { ...base, extension: { approvedAt: "2026-10-20", workingDays: 0 } })).toThrow(RangeError);
  });
});

describe("deadlines", () => {
  it("the 补正 notice limit is the 7th working day after receipt", () => {
    // Fri 2026-09-18: 9-20 (调休) 1, 9-21…24 2–5, [9-25], 9-28 6, 9-29 7.
    expect(clarificationDeadlineLimit(cal, "2026-09-18").date).toBe("2026-09-29");
    // Mon 2026-03-02: 3-3…6 1–4, 3-9…11 5–7.
    expect(clarificationDeadlineLimit(cal, MARCH).date).toBe("2026-03-11");
  });

  it("the 补正 limit into 2027 is provisional: Mon 2026-12-28 → Thu 2027-01-07", () => {
    // 12-29…31 1–3, [1-1], 1-4…7 4–7.
    expect(clarificationDeadlineLimit(cal, "2026-12-28")).toMatchObject({ date: "2027-01-07", provisional: true });
  });

  it("a consultation lapses on the 15th working day: Tue 2026-03-10 → Tue 2026-03-31", () => {
    // 3-11…13 1–3, 3-16…20 4–8, 3-23…27 9–13, 3-30 14, 3-31 15.
    expect(consultationLapseDate(cal, "2026-03-10").date).toBe("2026-03-31");
  });

  it("a fee is due by the 20th working day after service: Tue 2026-09-22 → Tue 2026-10-27", () => {
    // 9-23 1, 9-24 2, [9-25], 9-28 3, 9-29 4, 9-30 5, [国庆], 10-8 6, 10-9 7, 10-10 8, 10-12…16 9–13,
    // 10-19…23 14–18, 10-26 19, 10-27 20.
    expect(feePaymentDeadline(cal, "2026-09-22").date).toBe("2026-10-27");
  });

  it("abandonment is dated the day after the missed deadline, across a year end too", () => {
    expect(abandonmentDate("2026-10-27")).toBe("2026-10-28");
    expect(abandonmentDate("2026-12-31")).toBe("2027-01-01");
  });
});
