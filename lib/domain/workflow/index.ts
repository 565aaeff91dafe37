export {
  ACTION_NAMES,
  type ActionInputs,
  type ActionName,
  ACTOR_ROLES,
  type ActorRole,
  isActionName,
} from "./actions";
export { allowedActions, applyAction, type ApplyActionResult } from "./apply-action";
export {
  type CaseFacts,
  type CaseStatus,
  CASE_STATUSES,
  type Clarification,
  clockStartDate,
  type Consultation,
  CONSULTATION_KINDS,
  type ConsultationKind,
  type Extension,
  type ExtensionDecision,
  type Fee,
  FINISHED_STATUSES,
  isOpenStatus,
  latestEventDate,
  newCaseFacts,
  OPEN_STATUSES,
  openConsultations,
} from "./case-facts";
export { clockFactsOf, consultationClockEnd, dueDateFor, pendingAbandonment, type PendingAbandonment } from "./clock";
export { WORKFLOW_EVENT_TYPES, type WorkflowEvent, type WorkflowEventType } from "./events";
export { type Check, REFUSAL_REASONS, type RefusalReason } from "./refusals";
export type { ClockEffect, Transition, TransitionTable, WorkflowContext } from "./transition";
export { TRANSITIONS } from "./transitions";
