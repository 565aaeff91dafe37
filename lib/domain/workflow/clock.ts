import {
  abandonmentDate,
  type ClockFacts,
  compareDates,
  computeDueDate,
  consultationLapseDate,
  type DueDateResult,
  type IsoDate,
  type WorkCalendar,
} from "@/lib/domain/calendar";
import type { EndingCode } from "@/lib/domain/outcomes";

import type { CaseFacts, Consultation } from "./case-facts";

/**
 * The day a consultation stops holding the clock: the day the opinion arrived, but never after its
 * 15-working-day reply window lapses (domain.md §3); an open consultation past its window no longer holds it.
 */
export function consultationClockEnd(cal: WorkCalendar, consultation: Consultation, today: IsoDate): IsoDate | null {
  const lapse = consultationLapseDate(cal, consultation.startedAt).date;
  if (consultation.endedAt !== null) {
    return compareDates(consultation.endedAt, lapse) <= 0 ? consultation.endedAt : lapse;
  }
  return compareDates(today, lapse) > 0 ? lapse : null;
}

/** The clock facts of a case: 补正, consultation and fee stops, and an approved extension. */
export function clockFactsOf(facts: CaseFacts, cal: WorkCalendar, today: IsoDate): ClockFacts {
  const { clarification, fee, extension } = facts;
  const stops: ClockFacts["stops"][number][] = facts.consultations.map((c) => ({
    kind: c.kind === "agency" ? "consultation_agency" : "consultation_third_party",
    startedAt: c.startedAt,
    endedAt: consultationClockEnd(cal, c, today),
  }));
  if (fee) stops.push({ kind: "fee", startedAt: fee.noticeAt, endedAt: fee.paidAt });
  return {
    receivedAt: facts.receivedAt,
    clarification: clarification
      ? {
          requestedAt: clarification.requestedAt,
          deadline: clarification.deadline,
          supplementReceivedAt: clarification.supplementReceivedAt,
        }
      : null,
    stops,
    extension:
      extension?.decision === "approved" && extension.decidedAt
        ? { approvedAt: extension.decidedAt, workingDays: extension.workingDays ?? undefined }
        : null,
  };
}

/** The case's reply due date with its explanation (null due date while the clock stands still). */
export function dueDateFor(facts: CaseFacts, cal: WorkCalendar, today: IsoDate): DueDateResult {
  return computeDueDate(cal, clockFactsOf(facts, cal, today), today);
}

export type PendingAbandonment = { endingCode: Extract<EndingCode, "6.1" | "6.2">; endedAt: IsoDate; missedDeadline: IsoDate };

/**
 * The abandonment a case is ripe for today: its 补正 deadline (→ 6.1) or fee deadline (→ 6.2) passed with
 * nothing received. The ending is dated the day after the missed deadline, whenever it is recorded.
 */
export function pendingAbandonment(facts: CaseFacts, today: IsoDate): PendingAbandonment | null {
  const { clarification, fee } = facts;
  if (facts.status === "awaiting_clarification" && clarification && clarification.supplementReceivedAt === null) {
    if (compareDates(today, clarification.deadline) > 0) {
      const missed = clarification.deadline;
      return { endingCode: "6.1", endedAt: abandonmentDate(missed), missedDeadline: missed };
    }
  }
  if (facts.status === "awaiting_fee" && fee && fee.paidAt === null && compareDates(today, fee.deadline) > 0) {
    return { endingCode: "6.2", endedAt: abandonmentDate(fee.deadline), missedDeadline: fee.deadline };
  }
  return null;
}
