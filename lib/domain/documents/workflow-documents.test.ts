import { describe, expect, it } from "vitest";

import { newCaseFacts, type CaseFacts, type WorkflowEvent } from "@/lib/domain/workflow";

import { documentsForEvents } from "./index";

const base: CaseFacts = newCaseFacts({ receivedAt: "2026-11-02" });
const ev = (type: WorkflowEvent["type"], data: WorkflowEvent["data"], date = "2026-11-30"): WorkflowEvent => ({ type, action: "assign", date, data });

describe("documentsForEvents", () => {
  it("issues a 补正告知书 with the message and deadline of the notice", () => {
    const facts: CaseFacts = { ...base, clarification: { requestedAt: "2026-11-30", deadline: "2026-12-15", message: "请写明年份。", supplementReceivedAt: null, lateReason: null } };
    expect(documentsForEvents([ev("case.clarification_requested", { deadline: "2026-12-15" })], { facts, dueDate: null })).toEqual([
      { kind: "clarification_notice", values: { message: "请写明年份。", deadline: "2026-12-15" }, issuedOn: "2026-11-30", overrideBody: undefined },
    ]);
  });

  it("issues a 延期答复告知书 with the reason (no full stop), the days and the new due date", () => {
    const facts: CaseFacts = { ...base, extension: { requestedAt: "2026-11-25", reason: "需要调取档案。", decision: "approved", decidedAt: "2026-11-30", decidedBy: null, workingDays: 15 } };
    const [doc] = documentsForEvents([ev("case.extension_approved", { workingDays: 15 })], { facts, dueDate: "2027-01-04" });
    expect(doc).toMatchObject({ kind: "extension_notice", values: { reason: "需要调取档案", workingDays: 15, dueDate: "2027-01-04" } });
  });

  it("issues a 征求意见函 to the party and a 收费通知 with the amount in yuan", () => {
    const docs = documentsForEvents(
      [ev("case.consultation_started", { consultationId: "1", party: "某某公司", kind: "third_party" }, "2026-11-28"), ev("case.fee_notice_issued", { amountYuan: 120, deadline: "2026-12-28" })],
      { facts: base, dueDate: null },
    );
    expect(docs).toEqual([
      { kind: "consultation_letter", values: { party: "某某公司" }, issuedOn: "2026-11-28", overrideBody: undefined },
      { kind: "fee_notice", values: { amountYuan: "120.00", deadline: "2026-12-28" }, issuedOn: "2026-11-30", overrideBody: undefined },
    ]);
  });

  it("issues the outcome's 答复书 dated on the reply date; the letter written by staff replaces the template", () => {
    const reply = ev("case.replied", { outcome: "refused", reasonCode: "3.1", backFilled: true, letter: null, legalBasis: null }, "2026-11-20");
    const [doc] = documentsForEvents([ev("case.consultation_ended", { consultationId: "1", endedWithCase: true }), reply], { facts: base, dueDate: null });
    expect(doc).toMatchObject({ kind: "reply_letter", outcome: "refused", reasonCode: "3.1", issuedOn: "2026-11-20", overrideBody: undefined });
    expect(doc!.values).toMatchObject({ reasonLabel: "属于国家秘密", decision: "决定不予公开" });

    const written = documentsForEvents([{ ...reply, data: { ...reply.data, letter: "答复全文" } }], { facts: base, dueDate: null }, "另一份文本");
    expect(written[0]!.overrideBody).toBe("答复全文");
  });

  it("uses the text edited before sending instead of the template", () => {
    const docs = documentsForEvents([ev("case.fee_notice_issued", { amountYuan: 10, deadline: "2026-12-28" })], { facts: base, dueDate: null }, "修改后的收费通知");
    expect(docs[0]!.overrideBody).toBe("修改后的收费通知");
    expect(documentsForEvents([ev("case.fee_notice_issued", { amountYuan: 10 })], { facts: base, dueDate: null }, "   ")[0]!.overrideBody).toBeUndefined();
  });

  it("issues nothing for steps that send no document", () => {
    const quiet = (["case.assigned", "case.clarification_received", "case.consultation_ended", "case.fee_paid", "case.extension_requested", "case.extension_refused", "case.withdrawn", "case.abandoned", "case.closed"] as const).map((t) => ev(t, {}));
    expect(documentsForEvents(quiet, { facts: base, dueDate: null })).toEqual([]);
  });
});
