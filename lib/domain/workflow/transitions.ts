import type { ActorRole } from "./actions";
import { assign } from "./assign-rules";
import { type CaseStatus, FINISHED_STATUSES, OPEN_STATUSES } from "./case-facts";
import { receiveClarification, requestClarification } from "./clarification-rules";
import { endConsultation, startConsultation } from "./consultation-rules";
import { abandon, close, withdraw } from "./ending-rules";
import { approveExtension, refuseExtension, requestExtension } from "./extension-rules";
import { issueFeeNotice, recordFeePayment } from "./fee-rules";
import { reply } from "./reply-rules";
import type { TransitionTable } from "./transition";

const STAFF: readonly ActorRole[] = ["staff", "supervisor"];
const SUPERVISOR: readonly ActorRole[] = ["supervisor"];
const STAFF_OR_APPLICANT: readonly ActorRole[] = ["staff", "supervisor", "applicant"];
const OPEN: readonly CaseStatus[] = OPEN_STATUSES;

/**
 * The workflow, one row per action: from which states, to which state, who may act, how the clock moves,
 * and the rules (precondition on the case, guard on the input, effect on the facts). The UI offers exactly
 * what this table allows and the server refuses anything else.
 */
export const TRANSITIONS: TransitionTable = {
  assign: { from: OPEN, to: "unchanged", roles: STAFF, clockEffect: "none", ...assign },
  request_clarification: {
    from: ["received"],
    to: "awaiting_clarification",
    roles: STAFF,
    clockEffect: "clarification_stop",
    ...requestClarification,
  },
  receive_clarification: {
    // From `abandoned` (6.1 only): a supplement accepted late with a 正当理由 undoes the abandonment.
    from: ["awaiting_clarification", "abandoned"],
    to: "received",
    roles: STAFF_OR_APPLICANT,
    clockEffect: "restart",
    ...receiveClarification,
  },
  start_consultation: { from: ["received"], to: "unchanged", roles: STAFF, clockEffect: "stop", ...startConsultation },
  end_consultation: {
    from: ["received", "awaiting_fee"],
    to: "unchanged",
    roles: STAFF,
    clockEffect: "resume",
    ...endConsultation,
  },
  issue_fee_notice: { from: ["received"], to: "awaiting_fee", roles: STAFF, clockEffect: "stop", ...issueFeeNotice },
  record_fee_payment: {
    from: ["awaiting_fee"],
    to: "received",
    roles: STAFF,
    clockEffect: "resume",
    ...recordFeePayment,
  },
  request_extension: {
    from: ["received"],
    to: "unchanged",
    roles: STAFF,
    clockEffect: "none",
    ...requestExtension,
  },
  approve_extension: { from: OPEN, to: "unchanged", roles: SUPERVISOR, clockEffect: "extend", ...approveExtension },
  refuse_extension: { from: OPEN, to: "unchanged", roles: SUPERVISOR, clockEffect: "none", ...refuseExtension },
  reply: { from: ["received"], to: "replied", roles: STAFF, clockEffect: "finish", ...reply },
  withdraw: { from: OPEN, to: "withdrawn", roles: STAFF_OR_APPLICANT, clockEffect: "finish", ...withdraw },
  abandon: {
    from: ["awaiting_clarification", "awaiting_fee"],
    to: "abandoned",
    roles: STAFF,
    clockEffect: "finish",
    ...abandon,
  },
  close: { from: FINISHED_STATUSES, to: "closed", roles: STAFF, clockEffect: "none", ...close },
};
