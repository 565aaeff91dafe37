import { checkClosingDate, endOpenConsultations, trimmedOrNull } from "./checks";
import { pendingAbandonment } from "./clock";
import type { TransitionRules } from "./transition";

/** Withdrawal by the applicant (recorded by staff, or done in My requests): ending 6.3. */
export const withdraw: TransitionRules<"withdraw"> = {
  precondition: () => null,
  guard: (facts, { withdrawnAt }, ctx) => checkClosingDate(facts, withdrawnAt ?? ctx.today, ctx),
  apply: (facts, { withdrawnAt, note }, { today }) => {
    const date = withdrawnAt ?? today;
    const ended = endOpenConsultations(facts, date, "withdraw");
    return {
      facts: { ...facts, consultations: ended.consultations, endingCode: "6.3", endedAt: date },
      events: [
        ...ended.events,
        { type: "case.withdrawn", action: "withdraw", date, data: { endingCode: "6.3", note: trimmedOrNull(note) } },
      ],
    };
  },
};

/**
 * No supplement by the 补正 deadline (6.1) or no payment by the fee deadline (6.2): the request is
 * abandoned, dated the day after the missed deadline whatever day this is recorded.
 */
export const abandon: TransitionRules<"abandon"> = {
  precondition: (facts, { today }) => (pendingAbandonment(facts, today) ? null : "abandon.deadlineNotPassed"),
  guard: () => null,
  apply: (facts, _input, { today }) => {
    const due = pendingAbandonment(facts, today);
    if (!due) throw new Error("abandon applied before a deadline passed");
    const ended = endOpenConsultations(facts, due.endedAt, "abandon");
    return {
      facts: { ...facts, consultations: ended.consultations, endingCode: due.endingCode, endedAt: due.endedAt },
      events: [
        ...ended.events,
        {
          type: "case.abandoned",
          action: "abandon",
          date: due.endedAt,
          data: { endingCode: due.endingCode, missedDeadline: due.missedDeadline, recordedOn: today },
        },
      ],
    };
  },
};

/** Archives a replied or ended case; changes no statistic. */
export const close: TransitionRules<"close"> = {
  precondition: () => null,
  guard: () => null,
  apply: (facts, _input, { today }) => ({
    facts: { ...facts, closedAt: today },
    events: [{ type: "case.closed", action: "close", date: today, data: {} }],
  }),
};
