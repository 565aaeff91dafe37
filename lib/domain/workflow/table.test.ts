import { addCalendarDays, compareDates, type IsoDate } from "@/lib/domain/calendar";
import { describe, expect, it } from "vitest";

import { ACTION_NAMES, type ActionInputs, type ActionName } from "./actions";
import { allowedActions, applyAction } from "./apply-action";
import { type CaseFacts, CASE_STATUSES, type CaseStatus, openConsultations } from "./case-facts";
import { clockFactsOf } from "./clock";
import { act, APPLICANT, awaitingClarification, awaitingFee, cal, ctx, fresh, STAFF, SUPERVISOR } from "./test-fixtures";
import { TRANSITIONS } from "./transitions";

describe("the transition table", () => {
  it("lists, per action, the states it applies from (state × action)", () => {
    const matrix = Object.fromEntries(ACTION_NAMES.map((a) => [a, [...TRANSITIONS[a].from]]));
    const open = ["received", "awaiting_clarification", "awaiting_fee"];
    expect(matrix).toEqual({
      assign: open,
      request_clarification: ["received"],
      receive_clarification: ["awaiting_clarification", "abandoned"],
      start_consultation: ["received"],
      end_consultation: ["received", "awaiting_fee"],
      issue_fee_notice: ["received"],
      record_fee_payment: ["awaiting_fee"],
      request_extension: ["received"],
      approve_extension: open,
      refuse_extension: open,
      reply: ["received"],
      withdraw: open,
      abandon: ["awaiting_clarification", "awaiting_fee"],
      close: ["replied", "withdrawn", "abandoned"],
    });
    for (const action of ACTION_NAMES) {
      for (const status of TRANSITIONS[action].from) expect(CASE_STATUSES).toContain(status);
    }
  });

  it("closed is terminal; every other state has a way forward", () => {
    const leaving = (status: CaseStatus) => ACTION_NAMES.filter((a) => TRANSITIONS[a].from.includes(status));
    expect(leaving("closed")).toEqual([]);
    for (const status of CASE_STATUSES.filter((s) => s !== "closed")) expect(leaving(status).length).toBeGreaterThan(0);
  });

  it("extension decisions are the supervisor's; the applicant may only answer 补正 and withdraw", () => {
    for (const action of ACTION_NAMES) {
      const roles = TRANSITIONS[action].roles;
      if (action === "approve_extension" || action === "refuse_extension") expect(roles).toEqual(["supervisor"]);
      else expect(roles).toEqual(expect.arrayContaining(["staff", "supervisor"]));
      expect(roles.includes("applicant")).toBe(action === "receive_clarification" || action === "withdraw");
    }
  });
});

// ---- Property: allowedActions(…) lists exactly the actions applyAction accepts. ----

type Sample = { name: string; facts: CaseFacts; today: IsoDate };

function samples(): Sample[] {
  const supplemented = act(awaitingClarification(), "receive_clarification", { receivedAt: "2026-09-29" }, "2026-09-29");
  const consulting = act(fresh(), "start_consultation", { party: "某公司" }, "2026-09-21");
  const pending = act(fresh(), "request_extension", { reason: "资料较多" }, "2026-10-20");
  const approved = act(pending, "approve_extension", {}, "2026-10-21", SUPERVISOR);
  const refused = act(pending, "refuse_extension", {}, "2026-10-21", SUPERVISOR);
  const feeWithConsultation = act(consulting, "issue_fee_notice", { amountYuan: 50 }, "2026-09-22");
  const replied = act(fresh(), "reply", { outcome: "refused", reasonCode: "5.2" }, "2026-09-25");
  const abandoned61 = act(awaitingClarification(), "abandon", {}, "2026-10-08");
  const abandoned62 = act(awaitingFee(), "abandon", {}, "2026-10-27");
  const paid = act(awaitingFee(), "record_fee_payment", { paidAt: "2026-09-24" }, "2026-09-24");
  return [
    { name: "fresh, day 1", facts: fresh(), today: "2026-09-21" },
    { name: "fresh, last day for 补正", facts: fresh(), today: "2026-09-29" },
    { name: "fresh, too late for 补正", facts: fresh(), today: "2026-09-30" },
    { name: "fresh, on the due date", facts: fresh(), today: "2026-10-22" },
    { name: "fresh, overdue", facts: fresh(), today: "2026-10-23" },
    { name: "supplemented", facts: supplemented, today: "2026-10-09" },
    { name: "consulting", facts: consulting, today: "2026-09-25" },
    { name: "consulting past its window", facts: consulting, today: "2026-11-02" },
    { name: "extension pending", facts: pending, today: "2026-10-21" },
    { name: "extension pending, overdue", facts: pending, today: "2026-10-23" },
    { name: "extension approved", facts: approved, today: "2026-11-02" },
    { name: "extension refused", facts: refused, today: "2026-10-21" },
    { name: "fee paid", facts: paid, today: "2026-09-28" },
    { name: "awaiting 补正", facts: awaitingClarification(), today: "2026-09-25" },
    { name: "awaiting 补正, on the deadline", facts: awaitingClarification(), today: "2026-09-30" },
    { name: "awaiting 补正, deadline passed", facts: awaitingClarification(), today: "2026-10-08" },
    { name: "awaiting fee", facts: awaitingFee(), today: "2026-10-09" },
    { name: "awaiting fee, consultation open", facts: feeWithConsultation, today: "2026-09-28" },
    { name: "awaiting fee, deadline passed", facts: feeWithConsultation, today: "2026-10-28" },
    { name: "replied", facts: replied, today: "2026-09-28" },
    { name: "withdrawn", facts: act(fresh(), "withdraw", {}, "2026-09-21"), today: "2026-09-22" },
    { name: "abandoned 6.1", facts: abandoned61, today: "2026-10-09" },
    { name: "abandoned 6.2", facts: abandoned62, today: "2026-10-28" },
    { name: "closed", facts: act(replied, "close", {}, "2026-09-28"), today: "2026-10-09" },
  ];
}

/** An input that is valid whenever the action is available (the most permissive a form would send). */
function sampleInput(action: ActionName, facts: CaseFacts, today: IsoDate): ActionInputs[ActionName] {
  const inputs: { [A in ActionName]: () => ActionInputs[A] } = {
    assign: () => ({ assigneeId: "u-wang" }),
    request_clarification: () => ({ message: "请补充", deadline: addCalendarDays(today, 10) }),
    receive_clarification: () => ({ receivedAt: today, lateReason: "邮件延误" }),
    start_consultation: () => ({ party: "某公司" }),
    end_consultation: () => ({ endedAt: today, consultationId: openConsultations(facts)[0]?.id }),
    issue_fee_notice: () => ({ amountYuan: 10 }),
    record_fee_payment: () => {
      const deadline = facts.fee?.deadline ?? today;
      return { paidAt: compareDates(today, deadline) > 0 ? deadline : today };
    },
    request_extension: () => ({ reason: "资料较多" }),
    approve_extension: () => ({}),
    refuse_extension: () => ({}),
    reply: () => ({ outcome: "disclosed", reasonCode: "1" }),
    withdraw: () => ({}),
    abandon: () => ({}),
    close: () => ({}),
  };
  return inputs[action]();
}

const ROLE_SETS: readonly (readonly string[])[] = [STAFF, SUPERVISOR, APPLICANT, ["staff", "supervisor"], ["citizen"], ["admin"], []];

describe("allowedActions matches applyAction (every sample state × role set × action)", () => {
  for (const sample of samples()) {
    it(sample.name, () => {
      for (const roles of ROLE_SETS) {
        const offered = allowedActions(sample.facts, roles, cal, sample.today);
        for (const action of ACTION_NAMES) {
          const input = sampleInput(action, sample.facts, sample.today);
          const result = applyAction(sample.facts, action, input as never, ctx(sample.today, roles));
          const label = `${sample.name} / ${roles.join("+") || "no role"} / ${action}`;
          expect(result.ok, `${label}: ${result.ok ? "" : result.reason}`).toBe(offered.includes(action));
          const permitted = TRANSITIONS[action].roles.some((role) => roles.includes(role));
          if (!result.ok) expect(result.code, label).toBe(permitted ? "not_allowed" : "forbidden");
          if (result.ok) {
            const { to, clockEffect } = TRANSITIONS[action];
            expect(result.next.status, label).toBe(to === "unchanged" ? sample.facts.status : to);
            expect(result.next.version, label).toBe(sample.facts.version + 1);
            expect(result.events.length, label).toBeGreaterThan(0);
            if (clockEffect === "none") {
              expect(clockFactsOf(result.next, cal, sample.today), label).toEqual(clockFactsOf(sample.facts, cal, sample.today));
            }
          }
        }
      }
    });
  }

  it("some sample reaches every state, and every action is accepted somewhere", () => {
    const all = samples();
    expect(new Set(all.map((s) => s.facts.status))).toEqual(new Set(CASE_STATUSES));
    const acceptedSomewhere = new Set(
      all.flatMap((s) => allowedActions(s.facts, ["staff", "supervisor", "applicant"], cal, s.today)),
    );
    expect([...acceptedSomewhere].sort()).toEqual([...ACTION_NAMES].sort());
  });
});

describe("purity", () => {
  it("applyAction never changes the facts it is given", () => {
    const facts = act(fresh(), "start_consultation", { party: "某公司" }, "2026-09-21");
    const snapshot = structuredClone(facts);
    applyAction(facts, "reply", { outcome: "disclosed", reasonCode: "1" }, ctx("2026-09-28"));
    applyAction(facts, "withdraw", {}, ctx("2026-09-28"));
    expect(facts).toEqual(snapshot);
  });
});
