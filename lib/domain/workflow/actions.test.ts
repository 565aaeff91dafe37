import { describe, expect, it } from "vitest";

import { dueDateFor } from "./clock";
import { act, APPLICANT, attempt, awaitingClarification, awaitingFee, cal, fresh, RECEIVED, SUPERVISOR } from "./test-fixtures";

// Happy path of every action, with the facts, status, version and events it records.

describe("assign", () => {
  it("sets the assignee and department without changing the status", () => {
    const result = attempt(fresh(), "assign", { assigneeId: "u-li", departmentId: "d-1" }, "2026-09-21");
    expect(result).toMatchObject({
      ok: true,
      next: { status: "received", version: 2, assigneeId: "u-li", departmentId: "d-1" },
      events: [{ type: "case.assigned", action: "assign", date: "2026-09-21", data: { assigneeId: "u-li", departmentId: "d-1" } }],
    });
  });

  it("keeps an omitted field and clears a null one", () => {
    const assigned = act(fresh(), "assign", { assigneeId: "u-li", departmentId: "d-1" }, "2026-09-21");
    const next = act(assigned, "assign", { assigneeId: null }, "2026-09-22");
    expect(next).toMatchObject({ assigneeId: null, departmentId: "d-1", version: 3 });
  });
});

describe("request_clarification / receive_clarification", () => {
  it("sends the one 补正 notice: the clock waits for the applicant", () => {
    const next = awaitingClarification();
    expect(next).toMatchObject({
      status: "awaiting_clarification",
      version: 2,
      clarification: { requestedAt: "2026-09-22", deadline: "2026-09-30", message: "请写明文件名称", supplementReceivedAt: null },
    });
    expect(dueDateFor(next, cal, "2026-09-23")).toMatchObject({ dueDate: null, stoppedBy: "clarification" });
  });

  it("may be sent on the 7th working day after receipt (Tue 9-29, past Sun 9-20 调休 and 9-25 中秋)", () => {
    const result = attempt(fresh(), "request_clarification", { message: "请补充", deadline: "2026-10-12" }, "2026-09-29");
    expect(result.ok).toBe(true);
  });

  it("the supplement restarts the 20 working days: received Tue 9-29 → due Mon 11-02", () => {
    // 9-30 1, [10-1…10-7 国庆], 10-8 2, 10-9 3, Sat 10-10 调休 4, 10-12…16 5–9, 10-19…23 10–14,
    // 10-26…30 15–19, 11-2 20. Without the 补正 the due date was 10-22.
    expect(dueDateFor(fresh(), cal, "2026-09-18").dueDate).toBe("2026-10-22");
    const result = attempt(awaitingClarification(), "receive_clarification", { receivedAt: "2026-09-29" }, "2026-09-29");
    expect(result).toMatchObject({
      ok: true,
      next: { status: "received", version: 3, clarification: { supplementReceivedAt: "2026-09-29", lateReason: null } },
      events: [{ type: "case.clarification_received", date: "2026-09-29", data: { late: false, reopened: false } }],
    });
    if (result.ok) expect(dueDateFor(result.next, cal, "2026-09-29").dueDate).toBe("2026-11-02");
  });

  it("the applicant may answer the notice themselves, on time, dated today", () => {
    const next = act(awaitingClarification(), "receive_clarification", { receivedAt: "2026-09-28" }, "2026-09-28", APPLICANT);
    expect(next.clarification?.supplementReceivedAt).toBe("2026-09-28");
  });

  it("staff may back-fill a supplement that arrived earlier", () => {
    const next = act(awaitingClarification(), "receive_clarification", { receivedAt: "2026-09-24" }, "2026-09-29");
    expect(next.clarification?.supplementReceivedAt).toBe("2026-09-24");
  });

  it("staff may accept a late supplement with a recorded 正当理由; the clock restarts from it", () => {
    const next = act(
      awaitingClarification(),
      "receive_clarification",
      { receivedAt: "2026-10-09", lateReason: "申请人因国庆假期外出，持车票证明" },
      "2026-10-09",
    );
    expect(next.clarification).toMatchObject({ supplementReceivedAt: "2026-10-09", lateReason: "申请人因国庆假期外出，持车票证明" });
    // 10-10 (Sat 调休) 1, 10-12…16 2–6, 10-19…23 7–11, 10-26…30 12–16, 11-2…5 17–20.
    expect(dueDateFor(next, cal, "2026-10-09").dueDate).toBe("2026-11-05");
  });

  it("a late supplement accepted after the case was abandoned (6.1) reopens it", () => {
    const abandoned = act(awaitingClarification(), "abandon", {}, "2026-10-12");
    const result = attempt(abandoned, "receive_clarification", { receivedAt: "2026-10-12", lateReason: "邮件被退回" }, "2026-10-12");
    expect(result).toMatchObject({
      ok: true,
      next: { status: "received", endingCode: null, endedAt: null, version: 4 },
      events: [{ data: { late: true, reopened: true, lateReason: "邮件被退回" } }],
    });
  });
});

describe("start_consultation / end_consultation", () => {
  it("stops the clock from the start day and resumes it the day after the end", () => {
    // Received 9-18 (day 0); 9-20 (调休) 1, 9-21…24 2–5; stopped 9-28…9-30 (3 working days).
    const started = act(fresh(), "start_consultation", { party: "某科技有限公司", kind: "third_party" }, "2026-09-28");
    expect(started).toMatchObject({
      status: "received",
      consultations: [{ id: "1", party: "某科技有限公司", kind: "third_party", startedAt: "2026-09-28", endedAt: null }],
    });
    expect(dueDateFor(started, cal, "2026-09-29")).toMatchObject({ dueDate: null, stoppedBy: "consultation_third_party" });

    const result = attempt(started, "end_consultation", { endedAt: "2026-09-30" }, "2026-10-08");
    expect(result).toMatchObject({
      ok: true,
      next: { consultations: [{ endedAt: "2026-09-30" }], version: 3 },
      events: [{ type: "case.consultation_ended", date: "2026-09-30", data: { consultationId: "1", endedWithCase: false } }],
    });
    // 3 working days later than 10-22: 10-23, 10-26, 10-27.
    if (result.ok) expect(dueDateFor(result.next, cal, "2026-10-08").dueDate).toBe("2026-10-27");
  });

  it("keeps each consultation's kind (third_party by default) and ends the one named", () => {
    const one = act(fresh(), "start_consultation", { party: "市规划和自然资源局", kind: "agency" }, "2026-09-21");
    const two = act(one, "start_consultation", { party: "张某" }, "2026-09-22");
    expect(two.consultations.map((c) => [c.id, c.kind])).toEqual([
      ["1", "agency"],
      ["2", "third_party"],
    ]);
    const ended = act(two, "end_consultation", { consultationId: "2", endedAt: "2026-09-23" }, "2026-09-23");
    expect(ended.consultations.map((c) => c.endedAt)).toEqual([null, "2026-09-23"]);
  });

  it("a consultation stops holding the clock when its 15-working-day window lapses, even if still open", () => {
    // Started Mon 9-21: window lapses Mon 10-19. 9-20 (调休) counts 1; resume 10-20 2 … 11-13 20.
    const started = act(fresh(), "start_consultation", { party: "某公司", startedAt: "2026-09-21" }, "2026-09-21");
    expect(dueDateFor(started, cal, "2026-10-19").dueDate).toBeNull();
    expect(dueDateFor(started, cal, "2026-11-02").dueDate).toBe("2026-11-13");
    const lateOpinion = act(started, "end_consultation", { endedAt: "2026-10-30" }, "2026-10-30");
    expect(dueDateFor(lateOpinion, cal, "2026-10-30").dueDate).toBe("2026-11-13");
  });
});

describe("issue_fee_notice / record_fee_payment", () => {
  it("the notice stops the clock with a 20-working-day payment deadline", () => {
    const next = awaitingFee();
    expect(next).toMatchObject({
      status: "awaiting_fee",
      fee: { noticeAt: "2026-09-21", amountYuan: 120, deadline: "2026-10-26", paidAt: null },
    });
    expect(dueDateFor(next, cal, "2026-09-22")).toMatchObject({ dueDate: null, stoppedBy: "fee" });
  });

  it("accepts a longer payment deadline than the minimum", () => {
    const next = act(fresh(), "issue_fee_notice", { amountYuan: 35.5, deadline: "2026-10-30" }, "2026-09-21");
    expect(next.fee).toMatchObject({ amountYuan: 35.5, deadline: "2026-10-30" });
  });

  it("payment resumes the clock the day after", () => {
    // 9-20 (调休) 1; stopped 9-21…9-24 (4 working days); 10-22 + 4 → 10-28.
    const result = attempt(awaitingFee(), "record_fee_payment", { paidAt: "2026-09-24" }, "2026-09-25");
    expect(result).toMatchObject({
      ok: true,
      next: { status: "received", fee: { paidAt: "2026-09-24" } },
      events: [{ type: "case.fee_paid", date: "2026-09-24", data: { amountYuan: 120 } }],
    });
    if (result.ok) expect(dueDateFor(result.next, cal, "2026-09-25").dueDate).toBe("2026-10-28");
  });

  it("a payment made on the deadline and recorded later is accepted", () => {
    const next = act(awaitingFee(), "record_fee_payment", { paidAt: "2026-10-26" }, "2026-10-28");
    expect(next.status).toBe("received");
  });
});

describe("request_extension / approve_extension / refuse_extension", () => {
  it("a supervisor approves on the due date itself: +20 working days, 10-22 → 11-19", () => {
    const requested = act(fresh(), "request_extension", { reason: "需调取档案馆资料" }, "2026-10-20");
    expect(requested.extension).toMatchObject({ decision: "pending", requestedAt: "2026-10-20", reason: "需调取档案馆资料" });
    expect(dueDateFor(requested, cal, "2026-10-20").dueDate).toBe("2026-10-22");

    const result = attempt(requested, "approve_extension", {}, "2026-10-22", SUPERVISOR);
    expect(result).toMatchObject({
      ok: true,
      next: {
        status: "received",
        extension: { decision: "approved", decidedAt: "2026-10-22", decidedBy: "u-supervisor", workingDays: 20 },
      },
      events: [{ type: "case.extension_approved", data: { workingDays: 20 } }],
    });
    if (result.ok) {
      const due = dueDateFor(result.next, cal, "2026-10-22");
      expect(due).toMatchObject({ dueDate: "2026-11-19", baseDueDate: "2026-10-22" });
      expect(due.steps).toContainEqual(expect.objectContaining({ type: "extended", approvedInTime: true }));
    }
  });

  it("a shorter extension may be granted", () => {
    const requested = act(fresh(), "request_extension", { reason: "资料较多" }, "2026-10-20");
    const approved = act(requested, "approve_extension", { workingDays: 5 }, "2026-10-21", SUPERVISOR);
    expect(dueDateFor(approved, cal, "2026-10-21").dueDate).toBe("2026-10-29");
  });

  it("a supervisor refuses: the due date stays", () => {
    const requested = act(fresh(), "request_extension", { reason: "资料较多" }, "2026-10-20");
    const refused = act(requested, "refuse_extension", { note: "理由不充分" }, "2026-10-21", SUPERVISOR);
    expect(refused.extension).toMatchObject({ decision: "refused", decidedAt: "2026-10-21", decidedBy: "u-supervisor" });
    expect(dueDateFor(refused, cal, "2026-10-21").dueDate).toBe("2026-10-22");
  });

  it("an extension may be requested and approved while a consultation holds the clock", () => {
    const consulting = act(fresh(), "start_consultation", { party: "某公司" }, "2026-10-21");
    const requested = act(consulting, "request_extension", { reason: "征求意见中" }, "2026-10-23");
    expect(attempt(requested, "approve_extension", {}, "2026-10-26", SUPERVISOR).ok).toBe(true);
  });
});

describe("reply", () => {
  it("records the outcome and reason", () => {
    const result = attempt(
      fresh(),
      "reply",
      { outcome: "refused", reasonCode: "3.1", legalBasis: "《条例》第十四条", letter: " 答复书正文 " },
      "2026-10-15",
    );
    expect(result).toMatchObject({
      ok: true,
      next: { status: "replied", outcome: "refused", reasonCode: "3.1", repliedAt: "2026-10-15", version: 2 },
      events: [
        {
          type: "case.replied",
          date: "2026-10-15",
          data: { outcome: "refused", reasonCode: "3.1", backFilled: false, legalBasis: "《条例》第十四条", letter: "答复书正文" },
        },
      ],
    });
  });

  it("a back-filled reply keeps its own date", () => {
    const next = act(fresh(), "reply", { outcome: "disclosed", reasonCode: "1", repliedAt: "2026-09-30" }, "2026-11-02");
    expect(next.repliedAt).toBe("2026-09-30");
  });

  it("may be dated on the received day", () => {
    expect(attempt(fresh(), "reply", { outcome: "not_exist", reasonCode: "4.2", repliedAt: RECEIVED }, "2026-09-21").ok).toBe(true);
  });

  it("ends open consultations on the reply date", () => {
    const consulting = act(fresh(), "start_consultation", { party: "某公司" }, "2026-09-21");
    const result = attempt(consulting, "reply", { outcome: "partially_disclosed", reasonCode: "2" }, "2026-09-28");
    expect(result).toMatchObject({
      ok: true,
      next: { consultations: [{ endedAt: "2026-09-28" }] },
      events: [
        { type: "case.consultation_ended", action: "reply", data: { consultationId: "1", endedWithCase: true } },
        { type: "case.replied" },
      ],
    });
  });

  it("unclear (4.3) after the 补正 supplement", () => {
    const supplemented = act(awaitingClarification(), "receive_clarification", { receivedAt: "2026-09-29" }, "2026-09-29");
    expect(attempt(supplemented, "reply", { outcome: "unclear", reasonCode: "4.3" }, "2026-10-09").ok).toBe(true);
  });
});

describe("withdraw / abandon / close", () => {
  it("withdrawal ends the case with 6.3, from any open state", () => {
    for (const facts of [fresh(), awaitingClarification(), awaitingFee()]) {
      const result = attempt(facts, "withdraw", {}, "2026-09-28");
      expect(result).toMatchObject({
        ok: true,
        next: { status: "withdrawn", endingCode: "6.3", endedAt: "2026-09-28" },
        events: [{ type: "case.withdrawn", date: "2026-09-28", data: { endingCode: "6.3" } }],
      });
    }
  });

  it("the applicant may withdraw in My requests; staff may record an earlier withdrawal letter", () => {
    expect(attempt(fresh(), "withdraw", {}, "2026-09-28", APPLICANT).ok).toBe(true);
    expect(act(fresh(), "withdraw", { withdrawnAt: "2026-09-22", note: "来信撤回" }, "2026-09-28").endedAt).toBe("2026-09-22");
  });

  it("abandonment after the missed 补正 deadline is 6.1, dated the day after the deadline", () => {
    const result = attempt(awaitingClarification(), "abandon", {}, "2026-10-01");
    expect(result).toMatchObject({
      ok: true,
      next: { status: "abandoned", endingCode: "6.1", endedAt: "2026-10-01" },
      events: [{ type: "case.abandoned", date: "2026-10-01", data: { missedDeadline: "2026-09-30", recordedOn: "2026-10-01" } }],
    });
  });

  it("close archives a replied, withdrawn or abandoned case and changes nothing else", () => {
    const replied = act(fresh(), "reply", { outcome: "disclosed", reasonCode: "1" }, "2026-09-25");
    const result = attempt(replied, "close", {}, "2026-10-09");
    expect(result).toMatchObject({
      ok: true,
      next: { ...replied, status: "closed", closedAt: "2026-10-09", version: replied.version + 1 },
      events: [{ type: "case.closed", date: "2026-10-09" }],
    });
    expect(act(act(fresh(), "withdraw", {}, "2026-09-22"), "close", {}, "2026-09-23").status).toBe("closed");
    expect(act(act(awaitingFee(), "abandon", {}, "2026-10-27"), "close", {}, "2026-10-28").status).toBe("closed");
  });
});
