import { isOutcome, type Outcome } from "./outcomes";
import {
  type EndingCode,
  isEndingCode,
  isReplyReasonCode,
  REASON_DEFINITIONS,
  type ReplyReasonCode,
} from "./reason-codes";

/** The reply reasons an outcome allows, in report order (domain.md §4). */
export function reasonsFor(outcome: Outcome): ReplyReasonCode[] {
  return REASON_DEFINITIONS.filter((d) => d.kind === "reply" && d.outcomes.includes(outcome)).map(
    (d) => d.code as ReplyReasonCode,
  );
}

/** True when a reply may record this outcome with this reason; any unknown value is simply not allowed. */
export function isAllowedReason(outcome: string, reasonCode: string): boolean {
  if (!isOutcome(outcome) || !isReplyReasonCode(reasonCode)) return false;
  return reasonsFor(outcome).includes(reasonCode);
}

/**
 * Where a finished case counts in the 2011 table's replies (附表2 对申请的答复总数), null when only in 申请总数.
 * A reply counts by its outcome (not its reason: 4.1 is both 信息不存在 and 非本机关政府信息); an abandoned
 * 补正 (6.1) counts as 申请内容不明确 because the 补正 notice was the agency's answer; 6.2 and 6.3 count nowhere.
 */
export function outcomeFor2011(outcomeOrEnding: Outcome | EndingCode): Outcome | null {
  if (isOutcome(outcomeOrEnding)) return outcomeOrEnding;
  if (isEndingCode(outcomeOrEnding)) return outcomeOrEnding === "6.1" ? "unclear" : null;
  throw new RangeError(`Neither an outcome nor an ending code: ${String(outcomeOrEnding)}`);
}

/** The same, for a finished case's stored facts (outcome of a reply, or its ending code). */
export function countedOutcome2011(result: { outcome?: Outcome | null; endingCode?: EndingCode | null }): Outcome | null {
  if (result.outcome) return outcomeFor2011(result.outcome);
  if (result.endingCode) return outcomeFor2011(result.endingCode);
  return null;
}
