import type { IsoDate } from "@/lib/domain/calendar";
import type { Outcome } from "@/lib/domain/outcomes";

import type { ConsultationKind } from "./case-facts";

/** The actions of `POST /api/v1/cases/{trackingNumber}/actions`, in the order the UI lists them. */
export const ACTION_NAMES = [
  "assign",
  "request_clarification",
  "receive_clarification",
  "start_consultation",
  "end_consultation",
  "issue_fee_notice",
  "record_fee_payment",
  "request_extension",
  "approve_extension",
  "refuse_extension",
  "reply",
  "withdraw",
  "abandon",
  "close",
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

/**
 * Who acts. `applicant` is the case's own applicant (the server decides ownership): they may answer the
 * 补正 notice and withdraw, from My requests. Citizens and admins otherwise hold no workflow role.
 */
export const ACTOR_ROLES = ["staff", "supervisor", "applicant"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/**
 * The input of each action, already parsed (zod, in lib/validation). Dates are `YYYY-MM-DD`; an omitted
 * date means today. Only the dates listed here may be back-filled, and only by staff or supervisors.
 */
export type ActionInputs = {
  /** undefined leaves a field as it is; null clears it. The server resolves `assigneeEmail` to the id. */
  assign: { assigneeId?: string | null; departmentId?: string | null };
  /** The notice goes out today. */
  request_clarification: { message: string; deadline: IsoDate };
  receive_clarification: { receivedAt: IsoDate; lateReason?: string | null };
  /** `kind` defaults to third_party (征求第三方意见). */
  start_consultation: { party: string; kind?: ConsultationKind; startedAt?: IsoDate };
  /** `consultationId` may be omitted when exactly one consultation is open. */
  end_consultation: { endedAt: IsoDate; consultationId?: string };
  /** Served today; `deadline` defaults to the 20th working day after today. */
  issue_fee_notice: { amountYuan: number; deadline?: IsoDate };
  record_fee_payment: { paidAt: IsoDate };
  request_extension: { reason: string };
  /** 1–20, default 20. */
  approve_extension: { workingDays?: number };
  refuse_extension: { note?: string | null };
  reply: {
    outcome: Outcome;
    /** A string because it arrives from outside; the outcome table decides which are allowed. */
    reasonCode: string;
    repliedAt?: IsoDate;
    letter?: string | null;
    legalBasis?: string | null;
  };
  withdraw: { withdrawnAt?: IsoDate; note?: string | null };
  abandon: Record<string, never>;
  close: Record<string, never>;
};

const ACTION_SET: ReadonlySet<string> = new Set(ACTION_NAMES);

export function isActionName(value: string): value is ActionName {
  return ACTION_SET.has(value);
}
