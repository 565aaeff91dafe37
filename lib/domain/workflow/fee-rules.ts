import { compareDates, feePaymentDeadline, isIsoDate } from "@/lib/domain/calendar";

import { checkEventDate, firstFailure } from "./checks";
import type { TransitionRules } from "./transition";

/** 信息处理费 (国办函〔2020〕109号): the notice stops the clock and gives at least 20 working days to pay. */
export const issueFeeNotice: TransitionRules<"issue_fee_notice"> = {
  precondition: (facts) => (facts.fee ? "fee.alreadyIssued" : null),
  guard: (_facts, { amountYuan, deadline }, { cal, today }) =>
    firstFailure(
      () => (isYuanAmount(amountYuan) ? null : "fee.amountInvalid"),
      () => (deadline === undefined || isIsoDate(deadline) ? null : "date.invalid"),
      () =>
        deadline !== undefined && compareDates(deadline, feePaymentDeadline(cal, today).date) < 0
          ? "fee.deadlineTooShort"
          : null,
    ),
  apply: (facts, { amountYuan, deadline }, { cal, today }) => {
    const due = deadline ?? feePaymentDeadline(cal, today).date;
    return {
      facts: { ...facts, fee: { noticeAt: today, amountYuan, deadline: due, paidAt: null } },
      events: [
        { type: "case.fee_notice_issued", action: "issue_fee_notice", date: today, data: { amountYuan, deadline: due } },
      ],
    };
  },
};

/** Payment resumes the clock the day after; a payment made after the deadline is not accepted (→ 6.2). */
export const recordFeePayment: TransitionRules<"record_fee_payment"> = {
  precondition: (facts) => (facts.fee && facts.fee.paidAt === null ? null : "state.notAllowed"),
  guard: (facts, { paidAt }, ctx) => {
    const fee = facts.fee;
    if (!fee) return "state.notAllowed";
    return firstFailure(
      () => checkEventDate(paidAt, ctx, { date: fee.noticeAt, reason: "fee.paidBeforeNotice" }),
      () => (compareDates(paidAt, fee.deadline) > 0 ? "fee.paidAfterDeadline" : null),
    );
  },
  apply: (facts, { paidAt }) => {
    const fee = facts.fee;
    if (!fee) throw new Error("record_fee_payment applied without a fee notice");
    return {
      facts: { ...facts, fee: { ...fee, paidAt } },
      events: [{ type: "case.fee_paid", action: "record_fee_payment", date: paidAt, data: { amountYuan: fee.amountYuan } }],
    };
  },
};

/** A positive amount in yuan with at most two decimals (fen). */
function isYuanAmount(amount: number): boolean {
  if (!Number.isFinite(amount) || amount <= 0) return false;
  const fen = amount * 100;
  return Math.abs(fen - Math.round(fen)) < 1e-6;
}
