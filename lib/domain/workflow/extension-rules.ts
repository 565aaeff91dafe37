import { compareDates, MAX_EXTENSION_WORKING_DAYS } from "@/lib/domain/calendar";

import type { CaseFacts } from "./case-facts";
import { firstFailure, isBlank, trimmedOrNull } from "./checks";
import { dueDateFor } from "./clock";
import type { Check } from "./refusals";
import type { TransitionRules, WorkflowContext } from "./transition";

/**
 * Extensions (Art. 33): once, approved by a supervisor no later than the current due date. "Before the due
 * date" is read as "on or before": the due date is itself a day on which the agency may still act, and the
 * clock module marks an approval on the due date `approvedInTime`. While the clock stands still (补正,
 * consultation, fee) there is no due date yet, so a request or approval is in time.
 */
function checkInTime(facts: CaseFacts, { cal, today }: WorkflowContext): Check {
  const { dueDate } = dueDateFor(facts, cal, today);
  return dueDate !== null && compareDates(today, dueDate) > 0 ? "extension.afterDueDate" : null;
}

export const requestExtension: TransitionRules<"request_extension"> = {
  precondition: (facts, ctx) =>
    firstFailure(
      () => {
        switch (facts.extension?.decision) {
          case undefined:
            return null;
          case "pending":
            return "extension.alreadyRequested";
          case "approved":
            return "extension.alreadyUsed";
          case "refused":
            return "extension.alreadyRefused";
        }
      },
      () => checkInTime(facts, ctx),
    ),
  guard: (_facts, { reason }) => (isBlank(reason) ? "extension.reasonRequired" : null),
  apply: (facts, { reason }, { today }) => ({
    facts: {
      ...facts,
      extension: {
        requestedAt: today,
        reason: reason.trim(),
        decision: "pending",
        decidedAt: null,
        decidedBy: null,
        workingDays: null,
      },
    },
    events: [{ type: "case.extension_requested", action: "request_extension", date: today, data: { reason: reason.trim() } }],
  }),
};

const pendingExtension = (facts: CaseFacts): Check =>
  facts.extension?.decision === "pending" ? null : "extension.nonePending";

export const approveExtension: TransitionRules<"approve_extension"> = {
  precondition: (facts, ctx) =>
    firstFailure(
      () => pendingExtension(facts),
      () => checkInTime(facts, ctx),
    ),
  guard: (_facts, { workingDays }) =>
    workingDays === undefined ||
    (Number.isInteger(workingDays) && workingDays >= 1 && workingDays <= MAX_EXTENSION_WORKING_DAYS)
      ? null
      : "extension.workingDaysInvalid",
  apply: (facts, { workingDays }, { today, actorId }) => {
    const extension = facts.extension;
    if (!extension) throw new Error("approve_extension applied without a request");
    const days = workingDays ?? MAX_EXTENSION_WORKING_DAYS;
    return {
      facts: {
        ...facts,
        extension: { ...extension, decision: "approved", decidedAt: today, decidedBy: actorId ?? null, workingDays: days },
      },
      events: [{ type: "case.extension_approved", action: "approve_extension", date: today, data: { workingDays: days } }],
    };
  },
};

/** A refused extension stays refused: it cannot be requested again. */
export const refuseExtension: TransitionRules<"refuse_extension"> = {
  precondition: (facts) => pendingExtension(facts),
  guard: () => null,
  apply: (facts, { note }, { today, actorId }) => {
    const extension = facts.extension;
    if (!extension) throw new Error("refuse_extension applied without a request");
    return {
      facts: { ...facts, extension: { ...extension, decision: "refused", decidedAt: today, decidedBy: actorId ?? null } },
      events: [
        { type: "case.extension_refused", action: "refuse_extension", date: today, data: { note: trimmedOrNull(note) } },
      ],
    };
  },
};
