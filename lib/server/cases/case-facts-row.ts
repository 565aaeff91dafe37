import type { CaseFacts, CaseStatus, Clarification, Consultation, Extension, Fee } from "@/lib/domain/workflow";
import type { EndingCode, Outcome, ReplyReasonCode } from "@/lib/domain/outcomes";

/** The workflow facts that live in the `cases.facts` jsonb column (the rest are columns of their own). */
export type StoredFacts = {
  clarification?: Clarification | null;
  consultations?: Consultation[];
  fee?: Fee | null;
  extension?: Extension | null;
  closedAt?: string | null;
};

export type CaseFactsRow = {
  status: string;
  receivedAt: string;
  version: number;
  assigneeId: string | null;
  departmentId: string | null;
  facts: unknown;
  outcome: string | null;
  reasonCode: string | null;
  repliedAt: string | null;
  endingCode: string | null;
  endedAt: string | null;
};

export function factsFromRow(row: CaseFactsRow): CaseFacts {
  const stored = (row.facts ?? {}) as StoredFacts;
  return {
    status: row.status as CaseStatus,
    receivedAt: row.receivedAt,
    version: row.version,
    assigneeId: row.assigneeId,
    departmentId: row.departmentId,
    clarification: stored.clarification ?? null,
    consultations: stored.consultations ?? [],
    fee: stored.fee ?? null,
    extension: stored.extension ?? null,
    outcome: row.outcome as Outcome | null,
    reasonCode: row.reasonCode as ReplyReasonCode | null,
    repliedAt: row.repliedAt,
    endingCode: row.endingCode as EndingCode | null,
    endedAt: row.endedAt,
    closedAt: stored.closedAt ?? null,
  };
}

export function storedFactsOf(facts: CaseFacts): StoredFacts {
  return {
    clarification: facts.clarification,
    consultations: [...facts.consultations],
    fee: facts.fee,
    extension: facts.extension,
    closedAt: facts.closedAt,
  };
}
