import type { DayTable } from "./day-table";
import { APPEAL_KINDS, APPEAL_RESULTS, REPLIES, SHARES } from "./mix";
import type { Random } from "./random";
import { vocabulary } from "./vocabulary";

/** Who did a step: the case's handler, a supervisor, the job runner, or the applicant. */
export type StepActor = "staff" | "supervisor" | "system" | "applicant";

/** One workflow action that happened (on or before today), as the audit log and the documents see it. */
export type Step = {
  action: string;
  day: number;
  actor: StepActor;
  data: Record<string, string | number | boolean | null>;
  /** The document the action issued (kind), if any. */
  document?: string;
};

export type SimulatedCase = {
  received: number;
  /** The day the record was created (a letter is registered a day or two after it arrived). */
  created: number;
  status: string;
  version: number;
  due: number | null;
  dueProvisional: boolean;
  assigned: boolean;
  facts: {
    clarification: { requestedAt: string; deadline: string; message: string; supplementReceivedAt: string | null; lateReason: null } | null;
    consultations: { id: string; party: string; kind: string; startedAt: string; endedAt: string | null }[];
    fee: { noticeAt: string; amountYuan: number; deadline: string; paidAt: string | null } | null;
    extension: { requestedAt: string; reason: string; decision: string; decidedAt: string | null; decidedBy: string | null; workingDays: number | null } | null;
    closedAt: string | null;
  };
  outcome: string | null;
  reasonCode: string | null;
  replied: number | null;
  endingCode: string | null;
  ended: number | null;
  closed: number | null;
  steps: Step[];
  appeal: { kind: string; filed: number; result: string; closed: number | null; afterFirstHandling: boolean } | null;
};

/**
 * Lives one case from receipt to its end (or to today, when it is still open): first the whole intended
 * lifecycle with its dates, then only what happened on or before today is kept. Dates follow the clock rules
 * (20 working days from receipt or from the 补正 supplement, stops for consultations and fees, one extension).
 */
export function simulateCase(rng: Random, days: DayTable, received: number, today: number, staffRegistered: boolean, supervisorId: string): SimulatedCase {
  const wd = (from: number, n: number) => days.addWorkingDays(from, n);
  const iso = (d: number) => days.date(d);
  const created = staffRegistered ? Math.min(received + rng.int(0, 2), today) : received;
  const age = today - received;
  const stuck = rng.chance(age > 365 ? SHARES.stuckOlderThanAYear : age > 60 ? SHARES.stuckWithinAYear : 0);

  // The intended lifecycle.
  const p = rng.next();
  const withdraws = !stuck && p < SHARES.withdrawn;
  const clarifies = !stuck && !withdraws && p < SHARES.withdrawn + SHARES.clarification;
  const charges = !stuck && !withdraws && !clarifies && rng.chance(SHARES.fee);
  let start = received;
  let stoppedDays = 0;
  let clar: { requested: number; deadline: number; supplement: number | null } | null = null;
  if (clarifies) {
    const requested = wd(received, rng.int(1, 7));
    const deadline = requested + 15;
    const supplement = rng.chance(SHARES.supplementSent) ? requested + rng.int(1, 15) : null;
    clar = { requested, deadline, supplement };
    if (supplement !== null) start = supplement;
  }
  let fee: { notice: number; deadline: number; paid: number | null; amount: number } | null = null;
  if (charges) {
    const notice = wd(start, rng.int(2, 8));
    const paid = rng.chance(SHARES.feePaid) ? wd(notice, rng.int(1, 15)) : null;
    fee = { notice, deadline: wd(notice, 20), paid, amount: rng.int(2, 120) * 10 };
    if (paid !== null) stoppedDays += days.workingDaysBetween(notice - 1, paid);
  }
  let consult: { started: number; ended: number; party: string; kind: string } | null = null;
  const answers = !withdraws && !(clar && clar.supplement === null) && !(fee && fee.paid === null);
  if (answers && rng.chance(SHARES.consultation)) {
    const started = wd(fee?.paid ?? start, rng.int(2, 10));
    const ended = wd(started, rng.int(3, 15));
    consult = { started, ended, party: vocabulary.consultedParty(rng), kind: rng.chance(0.7) ? "third_party" : "agency" };
    stoppedDays += days.workingDaysBetween(started - 1, ended);
  }
  const dueBeforeExtension = wd(start, 20 + stoppedDays);
  let ext: { requested: number; decided: number; approved: boolean; reason: string } | null = null;
  if (answers && rng.chance(SHARES.extension)) {
    // Asked a few working days before the due date (after any consultation), decided before it.
    const requested = Math.max(wd(start, 20 + stoppedDays - rng.int(2, 5)), (consult?.ended ?? 0) + 1);
    const decided = Math.max(requested, Math.min(wd(requested, rng.int(0, 1)), dueBeforeExtension - 1));
    ext = { requested, decided, approved: rng.chance(SHARES.extensionApproved), reason: vocabulary.extensionReason(rng) };
  }
  const fullDue = ext?.approved ? wd(dueBeforeExtension, 20) : dueBeforeExtension;

  let finish: { action: "reply" | "withdraw" | "abandon"; day: number; code: string; outcome: string | null } | null = null;
  if (withdraws) finish = { action: "withdraw", day: wd(received, rng.int(1, 15)), code: "6.3", outcome: null };
  else if (clar && clar.supplement === null) finish = { action: "abandon", day: clar.deadline + 1, code: "6.1", outcome: null };
  else if (fee && fee.paid === null) finish = { action: "abandon", day: fee.deadline + 1, code: "6.2", outcome: null };
  else if (!stuck) {
    const allowed = days.workingDaysBetween(start, fullDue);
    let day = rng.chance(SHARES.lateReply) ? wd(fullDue, rng.int(1, 15)) : wd(start, Math.max(1, Math.round(allowed * (0.25 + 0.75 * Math.sqrt(rng.next())))));
    day = Math.max(day, (consult?.ended ?? 0) + 1, (ext?.decided ?? 0) + 1, (fee?.paid ?? 0) + 1);
    const [outcome, reason] = clar && rng.chance(SHARES.unclearAfterSupplement) ? (["unclear", "4.3"] as const) : REPLIES.draw(rng);
    finish = { action: "reply", day, code: reason, outcome };
  }

  // What happened by today.
  const steps: Step[] = [];
  const happened = (d: number | null | undefined): d is number => d !== null && d !== undefined && d <= today;
  const assignedOn = Math.min(wd(created, rng.int(0, 2)), finish?.day ?? Infinity);
  const assigned = happened(assignedOn) && !(withdraws && finish !== null && finish.day <= assignedOn);
  if (assigned) steps.push({ action: "case.assigned", day: assignedOn, actor: "supervisor", data: {} });
  const facts: SimulatedCase["facts"] = { clarification: null, consultations: [], fee: null, extension: null, closedAt: null };
  if (clar && happened(clar.requested)) {
    const supplement = happened(clar.supplement) ? clar.supplement : null;
    facts.clarification = { requestedAt: iso(clar.requested), deadline: iso(clar.deadline), message: vocabulary.clarificationMessage(rng), supplementReceivedAt: supplement === null ? null : iso(supplement), lateReason: null };
    steps.push({ action: "case.clarification_requested", day: clar.requested, actor: "staff", data: { deadline: iso(clar.deadline) }, document: "clarification_notice" });
    if (supplement !== null) steps.push({ action: "case.clarification_received", day: supplement, actor: rng.chance(0.5) ? "applicant" : "staff", data: { late: false, reopened: false } });
  }
  if (fee && happened(fee.notice)) {
    const paid = happened(fee.paid) ? fee.paid : null;
    facts.fee = { noticeAt: iso(fee.notice), amountYuan: fee.amount, deadline: iso(fee.deadline), paidAt: paid === null ? null : iso(paid) };
    steps.push({ action: "case.fee_notice_issued", day: fee.notice, actor: "staff", data: { amountYuan: fee.amount, deadline: iso(fee.deadline) }, document: "fee_notice" });
    if (paid !== null) steps.push({ action: "case.fee_paid", day: paid, actor: "staff", data: { amountYuan: fee.amount } });
  }
  if (consult && happened(consult.started)) {
    const ended = happened(consult.ended) ? consult.ended : null;
    facts.consultations.push({ id: "1", party: consult.party, kind: consult.kind, startedAt: iso(consult.started), endedAt: ended === null ? null : iso(ended) });
    steps.push({ action: "case.consultation_started", day: consult.started, actor: "staff", data: { consultationId: "1", party: consult.party, kind: consult.kind }, document: "consultation_letter" });
    if (ended !== null) steps.push({ action: "case.consultation_ended", day: ended, actor: "staff", data: { consultationId: "1", endedWithCase: false } });
  }
  if (ext && happened(ext.requested)) {
    const decided = happened(ext.decided) ? ext.decided : null;
    facts.extension = {
      requestedAt: iso(ext.requested),
      reason: ext.reason,
      decision: decided === null ? "pending" : ext.approved ? "approved" : "refused",
      decidedAt: decided === null ? null : iso(decided),
      decidedBy: decided === null ? null : supervisorId,
      workingDays: decided !== null && ext.approved ? 20 : null,
    };
    steps.push({ action: "case.extension_requested", day: ext.requested, actor: "staff", data: { reason: ext.reason } });
    if (decided !== null) {
      steps.push({ action: ext.approved ? "case.extension_approved" : "case.extension_refused", day: decided, actor: "supervisor", data: ext.approved ? { workingDays: 20 } : {}, document: ext.approved ? "extension_notice" : undefined });
    }
  }

  let status = "received";
  let due: number | null = null;
  let outcome: string | null = null;
  let reasonCode: string | null = null;
  let replied: number | null = null;
  let endingCode: string | null = null;
  let ended: number | null = null;
  let closed: number | null = null;
  const awaitingClarification = facts.clarification !== null && facts.clarification.supplementReceivedAt === null;
  const awaitingFee = facts.fee !== null && facts.fee.paidAt === null;
  const inConsultation = facts.consultations.some((c) => c.endedAt === null);
  // The due date as the case row holds it: the clock's answer while open, frozen at the last open value once finished.
  const dueAsOf = awaitingClarification || awaitingFee || inConsultation ? null : facts.extension?.decision === "approved" ? fullDue : dueBeforeExtension;
  if (finish && happened(finish.day)) {
    due = dueAsOf;
    if (finish.action === "reply") {
      status = "replied";
      outcome = finish.outcome;
      reasonCode = finish.code;
      replied = finish.day;
      steps.push({ action: "case.replied", day: finish.day, actor: "staff", data: { outcome, reasonCode: finish.code }, document: "reply_letter" });
    } else {
      status = finish.action === "withdraw" ? "withdrawn" : "abandoned";
      endingCode = finish.code;
      ended = finish.day;
      steps.push({ action: finish.action === "withdraw" ? "case.withdrawn" : "case.abandoned", day: Math.min(finish.day + (finish.action === "abandon" ? rng.int(0, 1) : 0), today), actor: finish.action === "withdraw" ? "applicant" : "system", data: { endingCode: finish.code } });
    }
    const closeDay = finish.day + rng.int(5, 40);
    if (closeDay <= today && rng.chance(SHARES.closed)) {
      status = "closed";
      closed = closeDay;
      facts.closedAt = iso(closeDay);
      steps.push({ action: "case.closed", day: closeDay, actor: "staff", data: {} });
    }
  } else {
    status = awaitingClarification ? "awaiting_clarification" : awaitingFee ? "awaiting_fee" : "received";
    due = dueAsOf;
  }
  steps.sort((a, b) => a.day - b.day);

  let appeal: SimulatedCase["appeal"] = null;
  if (replied !== null && rng.chance(outcome === "disclosed" ? SHARES.appealDisclosed : SHARES.appealOther)) {
    const filed = replied + rng.int(10, 60);
    if (filed <= today) {
      const decided = filed + rng.int(60, 150);
      const kind = APPEAL_KINDS.draw(rng);
      appeal = decided <= today
        ? { kind, filed, result: APPEAL_RESULTS.draw(rng), closed: decided, afterFirstHandling: kind === "complaint" && rng.chance(0.4) }
        : { kind, filed, result: "pending", closed: null, afterFirstHandling: kind === "complaint" && rng.chance(0.4) };
    }
  }

  return {
    received,
    created,
    status,
    version: 1 + steps.length,
    due,
    dueProvisional: due !== null && days.isProvisional(start, due),
    assigned,
    facts,
    outcome,
    reasonCode,
    replied,
    endingCode,
    ended,
    closed,
    steps,
    appeal,
  };
}
