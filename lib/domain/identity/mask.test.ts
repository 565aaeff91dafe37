import { describe, expect, it } from "vitest";
import { isIsoCalendarDate, todayInShanghai } from "./calendar-date";
import { maskIdentifier } from "./mask";

describe("maskIdentifier", () => {
  it("shows at most a quarter of the characters on each side", () => {
    expect(maskIdentifier("440106199001011234")).toBe("4401**********1234");
    expect(maskIdentifier("E12345678")).toBe("E1*****78");
    expect(maskIdentifier("ABC")).toBe("***");
    expect(maskIdentifier("")).toBe("");
  });
});

describe("calendar dates", () => {
  it("knows real dates from impossible ones", () => {
    expect(isIsoCalendarDate("2024-02-29")).toBe(true);
    expect(isIsoCalendarDate("2000-02-29")).toBe(true);
    expect(isIsoCalendarDate("2025-02-29")).toBe(false);
    expect(isIsoCalendarDate("1900-02-29")).toBe(false);
    expect(isIsoCalendarDate("2026-04-31")).toBe(false);
    expect(isIsoCalendarDate("2026-4-1")).toBe(false);
    expect(isIsoCalendarDate("2026-04-01T00:00")).toBe(false);
  });

  it("takes today in Asia/Shanghai (UTC+8)", () => {
    expect(todayInShanghai(new Date("2026-01-31T15:59:59Z"))).toBe("2026-01-31");
    expect(todayInShanghai(new Date("2026-01-31T16:00:00Z"))).toBe("2026-02-01");
  });
});
