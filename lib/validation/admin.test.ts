import { describe, expect, it } from "vitest";
import { agencySettingsSchema, createUserSchema, noticeFormSchema, parseNoticeLines } from "./admin";

describe("notice lines", () => {
  it("reads dates, ranges, 休/班 and notes; skips blanks and comments", () => {
    const { entries, problems } = parseNoticeLines("# 国办发明电〔2026〕1号\n2027-10-01~2027-10-03 holiday 国庆节\n\n2027-09-26 班 国庆调休\n2027-01-01 休", 2027);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { date: "2027-01-01", kind: "holiday", note: null },
      { date: "2027-09-26", kind: "workday", note: "国庆调休" },
      { date: "2027-10-01", kind: "holiday", note: "国庆节" },
      { date: "2027-10-02", kind: "holiday", note: "国庆节" },
      { date: "2027-10-03", kind: "holiday", note: "国庆节" },
    ]);
  });

  it("reports each bad line with its number and why", () => {
    const { problems } = parseNoticeLines("2027-02-30 holiday\n2028-01-01 holiday\n2027-05-01 maybe\nhello\n2027-05-01 holiday\n2027-05-01 workday\n2027-05-09~2027-05-02 holiday", 2027);
    expect(problems.map((p) => [p.line, p.problem])).toEqual([
      [1, "date"],
      [2, "year"],
      [3, "kind"],
      [4, "format"],
      [6, "duplicate"],
      [7, "range"],
    ]);
  });

  it("needs lines unless the year is only being marked complete", () => {
    expect(noticeFormSchema.safeParse({ year: "2027", lines: "", complete: false }).success).toBe(false);
    expect(noticeFormSchema.safeParse({ year: "2027", lines: "", complete: true }).success).toBe(true);
    expect(noticeFormSchema.safeParse({ year: "2027", lines: "oops", complete: true }).success).toBe(false);
  });
});

describe("admin forms", () => {
  it("upper-cases the tracking prefix and refuses anything but 2–6 letters", () => {
    const base = { name: "示范市公安局", trackingPrefix: "gk" };
    expect(agencySettingsSchema.parse(base).trackingPrefix).toBe("GK");
    for (const bad of ["G", "GONGKAI", "G1", "G-K"]) expect(agencySettingsSchema.safeParse({ ...base, trackingPrefix: bad }).success, bad).toBe(false);
  });

  it("needs a role, and a strong password only when the admin sets one", () => {
    const base = { name: "李承办", email: "li@agency.gov.cn", roles: ["staff"], departmentId: "", credential: "link" };
    expect(createUserSchema.safeParse(base).success).toBe(true);
    expect(createUserSchema.safeParse({ ...base, roles: [] }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...base, credential: "password", password: "short1" }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...base, credential: "password", password: "long-enough-2026" }).success).toBe(true);
  });
});
