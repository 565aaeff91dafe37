import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { proposeCalendarData, resolveCalendarChange } from "./calendar-change";

const current = { overrides: [{ date: "2027-01-04", kind: "workday" as const, note: "调休" }], noticeYears: [2028] };

describe("calendar changes", () => {
  it("spells out a notice date by date and marks the year complete", () => {
    const change = resolveCalendarChange({ op: "notice", year: 2027, lines: "2027-10-01~2027-10-03 holiday 国庆节\n2027-09-26 workday", complete: true }, current);
    const next = proposeCalendarData(current, change);
    expect(next.overrides.map((o) => o.date)).toEqual(["2027-01-04", "2027-09-26", "2027-10-01", "2027-10-02", "2027-10-03"]);
    expect(next.noticeYears.sort()).toEqual([2027, 2028]);
  });

  it("refuses to mark a year chinese-days already covers, bad lines, and removing what is not there", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof AppError ? [e.code, Object.values(e.fields ?? {})[0]] : e;
      }
      return null;
    };
    expect(codeOf(() => resolveCalendarChange({ op: "notice", year: 2026, lines: "", complete: true }, current))).toEqual(["not_allowed", "admin.validation.noticePublishedYear"]);
    expect(codeOf(() => resolveCalendarChange({ op: "notice", year: 2027, lines: "2028-01-01 holiday", complete: false }, current))).toEqual(["validation", "admin.validation.noticeLines"]);
    expect(codeOf(() => resolveCalendarChange({ op: "remove", date: "2027-05-05" }, current))).toEqual(["not_found", "admin.validation.noOverride"]);
    expect(codeOf(() => resolveCalendarChange({ op: "withdraw_notice", year: 2027 }, current))).toEqual(["not_allowed", "admin.validation.noticeNotEntered"]);
  });

  it("replaces an override on the same date and removes one", () => {
    const set = proposeCalendarData(current, resolveCalendarChange({ op: "set", date: "2027-01-04", kind: "holiday", note: undefined }, current));
    expect(set.overrides).toEqual([{ date: "2027-01-04", kind: "holiday", note: null }]);
    expect(proposeCalendarData(current, resolveCalendarChange({ op: "remove", date: "2027-01-04" }, current)).overrides).toEqual([]);
  });
});
