import { describe, expect, it } from "vitest";

import { allowedActions } from "./apply-action";
import { dueDateFor } from "./clock";
import { act, APPLICANT, attempt, awaitingClarification, awaitingFee, cal, fresh, RECEIVED, STAFF, SUPERVISOR } from "./test-fixtures";

describe("a whole case across roles and the National Day holidays", () => {
  it("received → 补正 → supplement (restart) → consultation → extension approved → reply 部分公开 (2) → close", () => {
    let facts = fresh(RECEIVED);
    expect(dueDateFor(facts, cal, RECEIVED).dueDate).toBe("2026-10-22");

    facts = act(facts, "assign", { assigneeId: "u-li", departmentId: "d-office" }, "2026-09-21");
    facts = act(facts, "request_clarification", { message: "请明确所需文件的名称或文号", deadline: "2026-09-30" }, "2026-09-22");
    expect(dueDateFor(facts, cal, "2026-09-22").dueDate).toBeNull();

    // The citizen answers in My requests on Tue 9-29: the 20 working days restart → Mon 11-02.
    facts = act(facts, "receive_clarification", { receivedAt: "2026-09-29" }, "2026-09-29", APPLICANT);
    const restarted = dueDateFor(facts, cal, "2026-09-29");
    expect(restarted.dueDate).toBe("2026-11-02");
    expect(restarted.steps).toContainEqual({ type: "restarted", date: "2026-09-29", late: false });

    // Consultation Mon 10-12 … Fri 10-16 holds 5 working days → Mon 11-09.
    facts = act(facts, "start_consultation", { party: "某建设集团有限公司", kind: "third_party" }, "2026-10-12");
    expect(dueDateFor(facts, cal, "2026-10-14")).toMatchObject({ dueDate: null, stoppedBy: "consultation_third_party", remainingWorkingDaysWhenStopped: 16 });
    facts = act(facts, "end_consultation", { endedAt: "2026-10-16" }, "2026-10-19");
    expect(dueDateFor(facts, cal, "2026-10-19").dueDate).toBe("2026-11-09");

    // Staff request, the supervisor approves Thu 11-05 (before 11-09): +20 working days → Mon 12-07.
    facts = act(facts, "request_extension", { reason: "涉及多个年度档案，需调阅" }, "2026-11-02");
    expect(allowedActions(facts, STAFF, cal, "2026-11-05")).not.toContain("approve_extension");
    expect(allowedActions(facts, SUPERVISOR, cal, "2026-11-05")).toContain("approve_extension");
    facts = act(facts, "approve_extension", {}, "2026-11-05", SUPERVISOR);
    const extended = dueDateFor(facts, cal, "2026-11-05");
    expect(extended).toMatchObject({ dueDate: "2026-12-07", baseDueDate: "2026-11-09", stopped: false });
    expect(extended.steps).toContainEqual(
      expect.objectContaining({ type: "extended", from: "2026-11-09", to: "2026-12-07", approvedInTime: true }),
    );

    facts = act(facts, "reply", { outcome: "partially_disclosed", reasonCode: "2", legalBasis: "《条例》第三十七条" }, "2026-11-20");
    expect(facts).toMatchObject({ status: "replied", outcome: "partially_disclosed", reasonCode: "2", repliedAt: "2026-11-20" });
    expect(allowedActions(facts, STAFF, cal, "2026-11-20")).toEqual(["close"]);

    facts = act(facts, "close", {}, "2026-11-23");
    expect(facts).toMatchObject({ status: "closed", version: 10 });
    expect(allowedActions(facts, [...STAFF, ...SUPERVISOR], cal, "2026-11-23")).toEqual([]);
  });
});

describe("abandonment", () => {
  it("6.1: dated the day after the 补正 deadline (Thu 10-01, a holiday) though recorded weeks later", () => {
    const result = attempt(awaitingClarification(), "abandon", {}, "2026-10-26");
    expect(result).toMatchObject({
      ok: true,
      next: { status: "abandoned", endingCode: "6.1", endedAt: "2026-10-01" },
      events: [{ type: "case.abandoned", date: "2026-10-01", data: { recordedOn: "2026-10-26", missedDeadline: "2026-09-30" } }],
    });
  });

  it("6.1 across the year end: deadline Thu 2026-12-31 → ended 2027-01-01, recorded 2027-01-15", () => {
    const waiting = act(fresh("2026-12-21"), "request_clarification", { message: "请补充", deadline: "2026-12-31" }, "2026-12-23");
    expect(attempt(waiting, "abandon", {}, "2026-12-31").ok).toBe(false);
    const abandoned = act(waiting, "abandon", {}, "2027-01-15");
    expect(abandoned).toMatchObject({ endingCode: "6.1", endedAt: "2027-01-01" });
  });

  it("6.2: fee notice Mon 9-21, payment deadline Mon 10-26 unpaid → ended Tue 10-27, recorded 11-16", () => {
    const facts = awaitingFee();
    expect(allowedActions(facts, STAFF, cal, "2026-10-26")).not.toContain("abandon");
    expect(allowedActions(facts, STAFF, cal, "2026-10-27")).toContain("abandon");
    const abandoned = act(facts, "abandon", {}, "2026-11-16");
    expect(abandoned).toMatchObject({ status: "abandoned", endingCode: "6.2", endedAt: "2026-10-27" });
  });

  it("6.2 with a consultation still open: the consultation ends on the ending date", () => {
    const consulting = act(fresh(), "start_consultation", { party: "某公司" }, "2026-09-21");
    const feeNotice = act(consulting, "issue_fee_notice", { amountYuan: 80 }, "2026-09-21");
    const result = attempt(feeNotice, "abandon", {}, "2026-11-02");
    expect(result).toMatchObject({
      ok: true,
      next: { endingCode: "6.2", endedAt: "2026-10-27", consultations: [{ endedAt: "2026-10-27" }] },
      events: [{ type: "case.consultation_ended", date: "2026-10-27" }, { type: "case.abandoned" }],
    });
  });
});

describe("withdrawal and closing", () => {
  it("6.3 withdrawn, dated the day it is recorded, ending an open consultation", () => {
    const consulting = act(fresh(), "start_consultation", { party: "某公司" }, "2026-09-22");
    const withdrawn = act(consulting, "withdraw", {}, "2026-10-09", APPLICANT);
    expect(withdrawn).toMatchObject({
      status: "withdrawn",
      endingCode: "6.3",
      endedAt: "2026-10-09",
      outcome: null,
      consultations: [{ endedAt: "2026-10-09" }],
    });
  });

  it("close only once the case is replied, withdrawn or abandoned", () => {
    for (const open of [fresh(), awaitingClarification(), awaitingFee()]) {
      expect(attempt(open, "close", {}, "2026-09-25")).toEqual({ ok: false, code: "not_allowed", reason: "state.notAllowed" });
    }
    const withdrawn = act(fresh(), "withdraw", {}, "2026-09-22");
    expect(act(withdrawn, "close", {}, "2026-09-22")).toMatchObject({ status: "closed", endingCode: "6.3", endedAt: "2026-09-22" });
  });
});
