import { isAllowedReason, isReplyReasonCode } from "@/lib/domain/outcomes";

import { checkClosingDate, endOpenConsultations, firstFailure, trimmedOrNull } from "./checks";
import type { TransitionRules } from "./transition";

/**
 * The reply: one of the six outcomes with a reason the outcome table allows. 4.3 (补正后申请内容仍不明确)
 * needs a 补正 notice first. Open consultations do not block it — the agency may answer once it has what it
 * needs — but they end on the reply date.
 */
export const reply: TransitionRules<"reply"> = {
  precondition: () => null,
  guard: (facts, { outcome, reasonCode, repliedAt }, ctx) =>
    firstFailure(
      () => (isAllowedReason(outcome, reasonCode) ? null : "reply.reasonNotAllowed"),
      () => (outcome === "unclear" && !facts.clarification ? "reply.unclearNeedsClarification" : null),
      () => checkClosingDate(facts, repliedAt ?? ctx.today, ctx),
    ),
  apply: (facts, { outcome, reasonCode, repliedAt, letter, legalBasis }, { today }) => {
    if (!isReplyReasonCode(reasonCode)) throw new Error(`reply applied with reason ${reasonCode}`);
    const date = repliedAt ?? today;
    const ended = endOpenConsultations(facts, date, "reply");
    return {
      facts: { ...facts, consultations: ended.consultations, outcome, reasonCode, repliedAt: date },
      events: [
        ...ended.events,
        {
          type: "case.replied",
          action: "reply",
          date,
          data: {
            outcome,
            reasonCode,
            backFilled: date !== today,
            letter: trimmedOrNull(letter),
            legalBasis: trimmedOrNull(legalBasis),
          },
        },
      ],
    };
  },
};
