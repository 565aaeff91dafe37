import { clarificationDeadlineLimit, compareDates, isIsoDate } from "@/lib/domain/calendar";

import type { TransitionRules } from "./transition";
import { actsOnlyAsApplicant, checkEventDate, firstFailure, isBlank, trimmedOrNull } from "./checks";
import { openConsultations } from "./case-facts";

/** The single 补正 notice (Art. 30): within 7 working days of receipt, with a deadline after today. */
export const requestClarification: TransitionRules<"request_clarification"> = {
  precondition: (facts, { cal, today }) =>
    firstFailure(
      () => (facts.clarification ? "clarification.alreadySent" : null),
      () =>
        compareDates(today, clarificationDeadlineLimit(cal, facts.receivedAt).date) > 0 ? "clarification.tooLate" : null,
      // Asking the applicant what they want while consulting others about it makes no sense.
      () => (openConsultations(facts).length > 0 ? "clarification.consultationOpen" : null),
    ),
  guard: (_facts, { message, deadline }, { today }) =>
    firstFailure(
      () => (isBlank(message) ? "clarification.messageRequired" : null),
      () => (isIsoDate(deadline) ? null : "date.invalid"),
      () => (compareDates(deadline, today) > 0 ? null : "clarification.deadlineNotAfterNotice"),
    ),
  apply: (facts, { message, deadline }, { today }) => ({
    facts: {
      ...facts,
      clarification: { requestedAt: today, deadline, message: message.trim(), supplementReceivedAt: null, lateReason: null },
    },
    events: [{ type: "case.clarification_requested", action: "request_clarification", date: today, data: { deadline } }],
  }),
};

/**
 * The applicant's supplement restarts the clock. After the deadline staff may still accept it with a
 * recorded 正当理由 — even once the case was abandoned for it (6.1), which the supplement then undoes.
 */
export const receiveClarification: TransitionRules<"receive_clarification"> = {
  precondition: (facts, ctx) => {
    const clarification = facts.clarification;
    if (!clarification || clarification.supplementReceivedAt !== null) return "clarification.notAwaited";
    if (facts.status === "abandoned" && facts.endingCode !== "6.1") return "clarification.notAwaited";
    if (actsOnlyAsApplicant(ctx) && compareDates(ctx.today, clarification.deadline) > 0) {
      return "clarification.deadlinePassed";
    }
    return null;
  },
  guard: (facts, { receivedAt, lateReason }, ctx) => {
    const clarification = facts.clarification;
    if (!clarification) return "clarification.notAwaited";
    return firstFailure(
      () =>
        checkEventDate(receivedAt, ctx, {
          date: clarification.requestedAt,
          reason: "clarification.supplementBeforeNotice",
        }),
      () =>
        compareDates(receivedAt, clarification.deadline) > 0 && isBlank(lateReason)
          ? "clarification.lateReasonRequired"
          : null,
    );
  },
  apply: (facts, { receivedAt, lateReason }) => {
    const clarification = facts.clarification;
    if (!clarification) throw new Error("receive_clarification applied without a 补正 notice");
    const late = compareDates(receivedAt, clarification.deadline) > 0;
    const reason = late ? trimmedOrNull(lateReason) : null;
    const reopened = facts.status === "abandoned";
    return {
      facts: {
        ...facts,
        clarification: { ...clarification, supplementReceivedAt: receivedAt, lateReason: reason },
        endingCode: null,
        endedAt: null,
      },
      events: [
        {
          type: "case.clarification_received",
          action: "receive_clarification",
          date: receivedAt,
          data: { late, lateReason: reason, reopened },
        },
      ],
    };
  },
};
