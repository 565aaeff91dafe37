import type { IsoDate } from "@/lib/domain/calendar";
import type { EndingCode, Outcome, ReplyReasonCode } from "@/lib/domain/outcomes";

/** Where a case stands. Consultations and extensions are facts on an open case, not states. */
export const CASE_STATUSES = [
  "received",
  "awaiting_clarification",
  "awaiting_fee",
  "replied",
  "withdrawn",
  "abandoned",
  "closed",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The agency still owes the applicant an answer. */
export const OPEN_STATUSES = ["received", "awaiting_clarification", "awaiting_fee"] as const;
/** Answered or ended, not yet archived: what `close` accepts. */
export const FINISHED_STATUSES = ["replied", "withdrawn", "abandoned"] as const;

export const CONSULTATION_KINDS = ["third_party", "agency"] as const;
/** 征求第三方意见 (Art. 32) or 征求其他机关意见 (Art. 33); both stop the clock alike. */
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];

export type Consultation = {
  /** Sequential within the case ("1", "2", …); consultations are never deleted. */
  id: string;
  party: string;
  kind: ConsultationKind;
  startedAt: IsoDate;
  /** The opinion arrived (or staff recorded the end); null while open. */
  endedAt: IsoDate | null;
};

export type Clarification = {
  /** The day the single 补正 notice was sent. */
  requestedAt: IsoDate;
  /** Last day for the applicant's supplement. */
  deadline: IsoDate;
  message: string;
  supplementReceivedAt: IsoDate | null;
  /** 正当理由 recorded when staff accept a supplement after the deadline. */
  lateReason: string | null;
};

export type Fee = {
  noticeAt: IsoDate;
  amountYuan: number;
  /** Last day to pay. */
  deadline: IsoDate;
  paidAt: IsoDate | null;
};

export type ExtensionDecision = "pending" | "approved" | "refused";

export type Extension = {
  requestedAt: IsoDate;
  reason: string;
  decision: ExtensionDecision;
  decidedAt: IsoDate | null;
  /** User id of the approving or refusing supervisor. */
  decidedBy: string | null;
  /** Working days granted (1–20) once approved. */
  workingDays: number | null;
};

/** Everything the workflow rules need to know about one case; the server loads and persists it. */
export type CaseFacts = {
  status: CaseStatus;
  /** Day 0 of the clock (Art. 31). */
  receivedAt: IsoDate;
  /** Starts at 1, raised by every action (optimistic locking: the server compares expectedVersion). */
  version: number;
  assigneeId: string | null;
  departmentId: string | null;
  clarification: Clarification | null;
  consultations: readonly Consultation[];
  fee: Fee | null;
  extension: Extension | null;
  outcome: Outcome | null;
  reasonCode: ReplyReasonCode | null;
  repliedAt: IsoDate | null;
  /** 6.1 / 6.2 (abandoned) or 6.3 (withdrawn): endings without a reply. */
  endingCode: EndingCode | null;
  /** The ending's date: the withdrawal, or the day after the missed deadline. */
  endedAt: IsoDate | null;
  closedAt: IsoDate | null;
};

/** The facts of a case just registered or submitted. */
export function newCaseFacts(init: {
  receivedAt: IsoDate;
  assigneeId?: string | null;
  departmentId?: string | null;
}): CaseFacts {
  return {
    status: "received",
    receivedAt: init.receivedAt,
    version: 1,
    assigneeId: init.assigneeId ?? null,
    departmentId: init.departmentId ?? null,
    clarification: null,
    consultations: [],
    fee: null,
    extension: null,
    outcome: null,
    reasonCode: null,
    repliedAt: null,
    endingCode: null,
    endedAt: null,
    closedAt: null,
  };
}

export function isOpenStatus(status: CaseStatus): boolean {
  return (OPEN_STATUSES as readonly CaseStatus[]).includes(status);
}

export function openConsultations(facts: CaseFacts): Consultation[] {
  return facts.consultations.filter((c) => c.endedAt === null);
}

/** Day 0 of the running count: the 补正 supplement's date when one arrived, else the receipt. */
export function clockStartDate(facts: CaseFacts): IsoDate {
  return facts.clarification?.supplementReceivedAt ?? facts.receivedAt;
}

/** The latest date on which something already recorded happened (deadlines are not events). */
export function latestEventDate(facts: CaseFacts): IsoDate {
  const dates: (IsoDate | null | undefined)[] = [
    facts.receivedAt,
    facts.clarification?.requestedAt,
    facts.clarification?.supplementReceivedAt,
    facts.fee?.noticeAt,
    facts.fee?.paidAt,
    facts.extension?.requestedAt,
    facts.extension?.decidedAt,
    facts.repliedAt,
    facts.endedAt,
    ...facts.consultations.flatMap((c) => [c.startedAt, c.endedAt]),
  ];
  // YYYY-MM-DD strings order like the dates they name.
  return dates.reduce<IsoDate>((latest, d) => (d && d > latest ? d : latest), facts.receivedAt);
}
