/**
 * Why an action is refused (HTTP 422, or 403 for `role.forbidden`), one stable key each: the message
 * catalogs translate `workflow.refusal.<key>`.
 */
export const REFUSAL_REASONS = [
  "role.forbidden",
  "state.notAllowed",
  "date.invalid",
  "date.inFuture",
  "date.mustBeToday",
  "date.beforeReceived",
  "date.beforeLastEvent",
  "assign.nothingToChange",
  "assign.invalid",
  "clarification.alreadySent",
  "clarification.tooLate",
  "clarification.consultationOpen",
  "clarification.messageRequired",
  "clarification.deadlineNotAfterNotice",
  "clarification.notAwaited",
  "clarification.deadlinePassed",
  "clarification.supplementBeforeNotice",
  "clarification.lateReasonRequired",
  "consultation.partyRequired",
  "consultation.kindInvalid",
  "consultation.beforeClockStart",
  "consultation.noneOpen",
  "consultation.notFound",
  "consultation.alreadyEnded",
  "consultation.idRequired",
  "consultation.endBeforeStart",
  "fee.alreadyIssued",
  "fee.amountInvalid",
  "fee.deadlineTooShort",
  "fee.paidBeforeNotice",
  "fee.paidAfterDeadline",
  "extension.alreadyRequested",
  "extension.alreadyUsed",
  "extension.alreadyRefused",
  "extension.afterDueDate",
  "extension.reasonRequired",
  "extension.nonePending",
  "extension.workingDaysInvalid",
  "reply.reasonNotAllowed",
  "reply.unclearNeedsClarification",
  "abandon.deadlineNotPassed",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A check passes with null, or names why it fails. */
export type Check = RefusalReason | null;
