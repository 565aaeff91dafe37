import { afterAll, describe, expect, it } from "vitest";

import type { ApplyActionResult } from "./apply-action";
import { REFUSAL_REASONS, type RefusalReason } from "./refusals";
import { act, APPLICANT, attempt, awaitingClarification, awaitingFee, fresh, STAFF, SUPERVISOR } from "./test-fixtures";

// Every refusal the rules can give, each reached at least once (checked in afterAll).
const seen = new Set<RefusalReason>();

function expectRefused(result: ApplyActionResult, reason: RefusalReason, code: "forbidden" | "not_allowed" = "not_allowed") {
  expect(result).toEqual({ ok: false, code, reason });
  seen.add(reason);
}

afterAll(() => {
  expect([...REFUSAL_REASONS].filter((reason) => !seen.has(reason))).toEqual([]);
});

const supplemented = () =>
  act(awaitingClarification(), "receive_clarification", { receivedAt: "2026-09-29" }, "2026-09-29");

describe("roles", () => {
  it("staff cannot approve or refuse an extension (403)", () => {
    const requested = act(fresh(), "request_extension", { reason: "资料较多" }, "2026-10-20");
    expectRefused(attempt(requested, "approve_extension", {}, "2026-10-21", STAFF), "role.forbidden", "forbidden");
    expectRefused(attempt(requested, "refuse_extension", {}, "2026-10-21", STAFF), "role.forbidden", "forbidden");
  });

  it("the applicant may only answer the 补正 notice and withdraw", () => {
    expectRefused(attempt(fresh(), "reply", { outcome: "disclosed", reasonCode: "1" }, "2026-09-21", APPLICANT), "role.forbidden", "forbidden");
    expectRefused(attempt(fresh(), "assign", { assigneeId: "u-1" }, "2026-09-21", APPLICANT), "role.forbidden", "forbidden");
  });

  it("citizens and admins hold no workflow role", () => {
    for (const roles of [["citizen"], ["admin"], []]) {
      expectRefused(attempt(fresh(), "withdraw", {}, "2026-09-21", roles), "role.forbidden", "forbidden");
    }
  });

  it("the role is checked before the state: 403 even where the action could never apply", () => {
    expectRefused(attempt(fresh(), "approve_extension", {}, "2026-09-21", STAFF), "role.forbidden", "forbidden");
  });
});

describe("states and dates", () => {
  it("refuses an action from a state the table does not list (422)", () => {
    expectRefused(attempt(fresh(), "close", {}, "2026-09-21"), "state.notAllowed");
    expectRefused(attempt(awaitingClarification(), "reply", { outcome: "disclosed", reasonCode: "1" }, "2026-09-23"), "state.notAllowed");
    expectRefused(attempt(awaitingFee(), "issue_fee_notice", { amountYuan: 5 }, "2026-09-23"), "state.notAllowed");
  });

  it("refuses impossible, future, and (for the applicant) back-dated dates", () => {
    expectRefused(attempt(awaitingClarification(), "receive_clarification", { receivedAt: "2026-09-31" }, "2026-09-29"), "date.invalid");
    expectRefused(attempt(fresh(), "reply", { outcome: "disclosed", reasonCode: "1", repliedAt: "2026-09-23" }, "2026-09-22"), "date.inFuture");
    expectRefused(
      attempt(awaitingClarification(), "receive_clarification", { receivedAt: "2026-09-28" }, "2026-09-29", APPLICANT),
      "date.mustBeToday",
    );
    expectRefused(attempt(fresh(), "withdraw", { withdrawnAt: "2026-09-21" }, "2026-09-22", APPLICANT), "date.mustBeToday");
  });

  it("a back-filled reply must fall between receipt and today, after everything recorded", () => {
    expectRefused(attempt(fresh(), "reply", { outcome: "disclosed", reasonCode: "1", repliedAt: "2026-09-17" }, "2026-09-22"), "date.beforeReceived");
    const consulted = act(fresh(), "start_consultation", { party: "某公司", startedAt: "2026-09-24" }, "2026-09-28");
    expectRefused(
      attempt(consulted, "reply", { outcome: "disclosed", reasonCode: "1", repliedAt: "2026-09-23" }, "2026-09-28"),
      "date.beforeLastEvent",
    );
  });
});

describe("assign guards", () => {
  it("needs something to change, and no empty ids", () => {
    expectRefused(attempt(fresh(), "assign", {}, "2026-09-21"), "assign.nothingToChange");
    expectRefused(attempt(fresh(), "assign", { assigneeId: "" }, "2026-09-21"), "assign.invalid");
  });
});

describe("补正 guards", () => {
  it("one notice only", () => {
    expectRefused(attempt(supplemented(), "request_clarification", { message: "再补充", deadline: "2026-10-12" }, "2026-09-29"), "clarification.alreadySent");
  });

  it("within 7 working days of receipt: Wed 9-30 is the 8th", () => {
    expectRefused(attempt(fresh(), "request_clarification", { message: "请补充", deadline: "2026-10-12" }, "2026-09-30"), "clarification.tooLate");
  });

  it("not while a consultation is open", () => {
    const consulting = act(fresh(), "start_consultation", { party: "某公司" }, "2026-09-21");
    expectRefused(attempt(consulting, "request_clarification", { message: "请补充", deadline: "2026-10-12" }, "2026-09-22"), "clarification.consultationOpen");
  });

  it("says what is missing, with a deadline after the notice date", () => {
    expectRefused(attempt(fresh(), "request_clarification", { message: "  ", deadline: "2026-09-30" }, "2026-09-22"), "clarification.messageRequired");
    expectRefused(attempt(fresh(), "request_clarification", { message: "请补充", deadline: "2026-09-22" }, "2026-09-22"), "clarification.deadlineNotAfterNotice");
    expectRefused(attempt(fresh(), "request_clarification", { message: "请补充", deadline: "2026/09/30" }, "2026-09-22"), "date.invalid");
  });

  it("a supplement: not before the notice, and after the deadline only with a 正当理由", () => {
    const waiting = awaitingClarification();
    expectRefused(attempt(waiting, "receive_clarification", { receivedAt: "2026-09-21" }, "2026-09-29"), "clarification.supplementBeforeNotice");
    expectRefused(attempt(waiting, "receive_clarification", { receivedAt: "2026-10-08" }, "2026-10-08"), "clarification.lateReasonRequired");
    expectRefused(attempt(waiting, "receive_clarification", { receivedAt: "2026-10-08", lateReason: " " }, "2026-10-08"), "clarification.lateReasonRequired");
  });

  it("the applicant cannot answer after the deadline (staff decide on a late one)", () => {
    expectRefused(attempt(awaitingClarification(), "receive_clarification", { receivedAt: "2026-10-08" }, "2026-10-08", APPLICANT), "clarification.deadlinePassed");
  });

  it("a case abandoned for an unpaid fee cannot be reopened by a supplement", () => {
    const feeAbandoned = act(awaitingFee(), "abandon", {}, "2026-10-27");
    expect(feeAbandoned.status).toBe("abandoned");
    expectRefused(attempt(feeAbandoned, "receive_clarification", { receivedAt: "2026-10-27", lateReason: "x" }, "2026-10-27"), "clarification.notAwaited");
  });
});

describe("consultation guards", () => {
  it("names the party, a known kind, and starts no earlier than the running count", () => {
    expectRefused(attempt(fresh(), "start_consultation", { party: "" }, "2026-09-21"), "consultation.partyRequired");
    expectRefused(attempt(fresh(), "start_consultation", { party: "某公司", kind: "court" as never }, "2026-09-21"), "consultation.kindInvalid");
    expectRefused(attempt(supplemented(), "start_consultation", { party: "某公司", startedAt: "2026-09-28" }, "2026-09-30"), "consultation.beforeClockStart");
  });

  it("ends an open consultation, the one named, not before it started", () => {
    expectRefused(attempt(fresh(), "end_consultation", { endedAt: "2026-09-21" }, "2026-09-21"), "consultation.noneOpen");
    const one = act(fresh(), "start_consultation", { party: "甲公司", startedAt: "2026-09-22" }, "2026-09-22");
    expectRefused(attempt(one, "end_consultation", { endedAt: "2026-09-21" }, "2026-09-23"), "consultation.endBeforeStart");
    expectRefused(attempt(one, "end_consultation", { consultationId: "9", endedAt: "2026-09-23" }, "2026-09-23"), "consultation.notFound");
    const two = act(one, "start_consultation", { party: "乙公司" }, "2026-09-23");
    expectRefused(attempt(two, "end_consultation", { endedAt: "2026-09-24" }, "2026-09-24"), "consultation.idRequired");
    const firstEnded = act(two, "end_consultation", { consultationId: "1", endedAt: "2026-09-24" }, "2026-09-24");
    expectRefused(attempt(firstEnded, "end_consultation", { consultationId: "1", endedAt: "2026-09-24" }, "2026-09-24"), "consultation.alreadyEnded");
  });
});

describe("fee guards", () => {
  it("one fee notice, a real amount in yuan, at least 20 working days to pay", () => {
    const paid = act(awaitingFee(), "record_fee_payment", { paidAt: "2026-09-22" }, "2026-09-22");
    expectRefused(attempt(paid, "issue_fee_notice", { amountYuan: 10 }, "2026-09-23"), "fee.alreadyIssued");
    for (const amountYuan of [0, -5, 1.234, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectRefused(attempt(fresh(), "issue_fee_notice", { amountYuan }, "2026-09-21"), "fee.amountInvalid");
    }
    expectRefused(attempt(fresh(), "issue_fee_notice", { amountYuan: 10, deadline: "2026-10-23" }, "2026-09-21"), "fee.deadlineTooShort");
  });

  it("payment between the notice and the deadline", () => {
    expectRefused(attempt(awaitingFee(), "record_fee_payment", { paidAt: "2026-09-18" }, "2026-09-22"), "fee.paidBeforeNotice");
    expectRefused(attempt(awaitingFee(), "record_fee_payment", { paidAt: "2026-10-27" }, "2026-10-27"), "fee.paidAfterDeadline");
  });
});

describe("extension guards", () => {
  const requested = () => act(fresh(), "request_extension", { reason: "资料较多" }, "2026-10-20");

  it("requested once: not while pending, not after approval, not after refusal", () => {
    expectRefused(attempt(requested(), "request_extension", { reason: "再次" }, "2026-10-21"), "extension.alreadyRequested");
    const approved = act(requested(), "approve_extension", {}, "2026-10-21", SUPERVISOR);
    expectRefused(attempt(approved, "request_extension", { reason: "再次" }, "2026-10-22"), "extension.alreadyUsed");
    const refused = act(requested(), "refuse_extension", {}, "2026-10-21", SUPERVISOR);
    expectRefused(attempt(refused, "request_extension", { reason: "再次" }, "2026-10-22"), "extension.alreadyRefused");
  });

  it("on or before the current due date (Thu 10-22), for the request and the approval", () => {
    expect(attempt(fresh(), "request_extension", { reason: "资料较多" }, "2026-10-22").ok).toBe(true);
    expectRefused(attempt(fresh(), "request_extension", { reason: "资料较多" }, "2026-10-23"), "extension.afterDueDate");
    expectRefused(attempt(requested(), "approve_extension", {}, "2026-10-23", SUPERVISOR), "extension.afterDueDate");
    // Too late to approve, but it can still be refused.
    expect(attempt(requested(), "refuse_extension", {}, "2026-10-23", SUPERVISOR).ok).toBe(true);
  });

  it("gives a reason; grants 1–20 working days", () => {
    expectRefused(attempt(fresh(), "request_extension", { reason: "" }, "2026-10-20"), "extension.reasonRequired");
    for (const workingDays of [0, 21, 2.5]) {
      expectRefused(attempt(requested(), "approve_extension", { workingDays }, "2026-10-21", SUPERVISOR), "extension.workingDaysInvalid");
    }
  });

  it("nothing to decide without a pending request", () => {
    expectRefused(attempt(fresh(), "approve_extension", {}, "2026-10-20", SUPERVISOR), "extension.nonePending");
    expectRefused(attempt(fresh(), "refuse_extension", {}, "2026-10-20", SUPERVISOR), "extension.nonePending");
  });
});

describe("reply guards", () => {
  it("only the reason codes the outcome table allows", () => {
    const cases: [string, string][] = [
      ["disclosed", "2"],
      ["not_this_agency", "4.2"],
      ["refused", "4.1"],
      ["refused", "6.1"],
      ["partially_disclosed", "9"],
    ];
    for (const [outcome, reasonCode] of cases) {
      expectRefused(attempt(fresh(), "reply", { outcome: outcome as never, reasonCode }, "2026-09-21"), "reply.reasonNotAllowed");
    }
  });

  it("unclear (4.3) only after a 补正 notice", () => {
    expectRefused(attempt(fresh(), "reply", { outcome: "unclear", reasonCode: "4.3" }, "2026-09-21"), "reply.unclearNeedsClarification");
  });
});

describe("abandon guards", () => {
  it("not until the 补正 deadline (Wed 9-30) has passed", () => {
    expectRefused(attempt(awaitingClarification(), "abandon", {}, "2026-09-30"), "abandon.deadlineNotPassed");
  });

  it("not until the fee deadline (Mon 10-26) has passed", () => {
    expectRefused(attempt(awaitingFee(), "abandon", {}, "2026-10-26"), "abandon.deadlineNotPassed");
  });
});
