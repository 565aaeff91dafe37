export { isOutcome, OUTCOME_DEFINITIONS, type Outcome, type OutcomeDefinition, outcomeDefinition, OUTCOMES } from "./outcomes";
export {
  ENDING_CODES,
  type EndingCode,
  isEndingCode,
  isReplyReasonCode,
  REASON_DEFINITIONS,
  REASON_GROUPS,
  type ReasonDefinition,
  reasonDefinition,
  type ReasonGroup,
  reasonGroup,
  type ReasonGroupKey,
  REPLY_REASON_CODES,
  type ReplyReasonCode,
  type ResultCode,
} from "./reason-codes";
export { countedOutcome2011, isAllowedReason, outcomeFor2011, reasonsFor } from "./rules";
