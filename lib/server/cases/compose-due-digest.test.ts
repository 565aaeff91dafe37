import { describe, expect, it } from "vitest";
import { composeDueDigest, type DueDigestInput } from "./compose-due-digest";

const item = (n: number, dueDate: string, overdueWorkingDays = 0) => ({
  trackingNumber: `GK-2026-00000${n}`,
  title: `信息${n}`,
  dueDate,
  provisional: false,
  overdue: overdueWorkingDays > 0,
  overdueWorkingDays,
});

const input = (over: Partial<DueDigestInput> = {}): DueDigestInput => ({
  locale: "zh-CN",
  name: "李明",
  today: "2026-11-30",
  limit: "2026-12-03",
  days: 3,
  baseUrl: "https://gongkai.example.gov.cn",
  cases: { overdue: 1, dueSoon: 2, items: [item(1, "2026-11-25", 3), item(2, "2026-11-30"), { ...item(3, "2026-12-03"), provisional: true }] },
  ...over,
});

describe("due-soon digest mail", () => {
  it("lists overdue cases first, then those due soon, each with its due date, state and case link", () => {
    const { subject, text } = composeDueDigest(input());
    expect(subject).toBe("【政府信息公开】2026年11月30日办理提醒：已逾期 1 件，3 个工作日内到期 2 件");
    expect(text.startsWith("李明：\n\n以下是分配给您")).toBe(true);
    expect(text).toContain("已逾期（1 件）\n\nGK-2026-000001　信息1\n  答复期限：2026年11月25日，已逾期 3 个工作日\n  办理页面：https://gongkai.example.gov.cn/staff/cases/GK-2026-000001");
    expect(text).toContain("3 个工作日内到期（2 件）");
    expect(text).toContain("答复期限：2026年11月30日，今天到期");
    expect(text).toContain("答复期限：2026年12月3日（暂定，该年度放假安排尚未公布）");
    expect(text.indexOf("GK-2026-000001")).toBeLessThan(text.indexOf("GK-2026-000002"));
    expect(text).toContain("https://gongkai.example.gov.cn/staff?assignee=me&dueWithin=3");
    expect(text).not.toContain("另有");
  });

  it("leaves out an empty section, counts the cases beyond the list, and speaks English to an English account", () => {
    const { subject, text } = composeDueDigest(
      input({ locale: "en", name: "Li Ming", cases: { overdue: 0, dueSoon: 52, items: [item(2, "2026-11-30"), item(3, "2026-12-01")] } }),
    );
    expect(subject).toBe("[Information disclosure] Deadlines on 30 November 2026: 0 overdue, 52 due within 3 working days");
    expect(text).toContain("Dear Li Ming,");
    expect(text).not.toContain("Overdue (");
    expect(text).toContain("Due within 3 working days (52)");
    expect(text).toContain("Reply due: 30 November 2026, due today");
    expect(text).toContain("50 more cases are not listed here.");
  });
});
