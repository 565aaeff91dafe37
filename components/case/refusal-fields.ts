import type { ActionName, RefusalReason } from "@/lib/domain/workflow";

/** The date an action records: where date.* refusals belong. */
const DATE_FIELD: Partial<Record<ActionName, string>> = {
  request_clarification: "deadline",
  receive_clarification: "receivedAt",
  start_consultation: "startedAt",
  end_consultation: "endedAt",
  issue_fee_notice: "deadline",
  record_fee_payment: "paidAt",
  reply: "repliedAt",
  withdraw: "withdrawnAt",
};

const REASON_FIELD: Partial<Record<RefusalReason, string>> = {
  "assign.nothingToChange": "assigneeEmail",
  "clarification.messageRequired": "message",
  "clarification.deadlineNotAfterNotice": "deadline",
  "clarification.supplementBeforeNotice": "receivedAt",
  "clarification.lateReasonRequired": "lateReason",
  "consultation.partyRequired": "party",
  "consultation.kindInvalid": "kind",
  "consultation.beforeClockStart": "startedAt",
  "consultation.notFound": "consultationId",
  "consultation.alreadyEnded": "consultationId",
  "consultation.idRequired": "consultationId",
  "consultation.endBeforeStart": "endedAt",
  "fee.amountInvalid": "amountYuan",
  "fee.deadlineTooShort": "deadline",
  "fee.paidBeforeNotice": "paidAt",
  "fee.paidAfterDeadline": "paidAt",
  "extension.reasonRequired": "reason",
  "extension.workingDaysInvalid": "workingDays",
  "reply.reasonNotAllowed": "reasonCode",
  "reply.unclearNeedsClarification": "outcome",
};

/** The form field a refusal is about, if any (the message is also shown at the top of the form). */
export function refusalField(action: ActionName, reason: string): string | undefined {
  if (reason.startsWith("date.")) return DATE_FIELD[action];
  return REASON_FIELD[reason as RefusalReason];
}
