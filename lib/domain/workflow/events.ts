import type { IsoDate } from "@/lib/domain/calendar";

import type { ActionName } from "./actions";

/** What an action records; the server writes each as an audit event (with actor, before and after). */
export const WORKFLOW_EVENT_TYPES = [
  "case.assigned",
  "case.clarification_requested",
  "case.clarification_received",
  "case.consultation_started",
  "case.consultation_ended",
  "case.fee_notice_issued",
  "case.fee_paid",
  "case.extension_requested",
  "case.extension_approved",
  "case.extension_refused",
  "case.replied",
  "case.withdrawn",
  "case.abandoned",
  "case.closed",
] as const;
export type WorkflowEventType = (typeof WORKFLOW_EVENT_TYPES)[number];

export type WorkflowEvent = {
  type: WorkflowEventType;
  /** The action that produced it (a reply also ends open consultations: several events, one action). */
  action: ActionName;
  /** The business date of what happened (may be back-filled, unlike the audit timestamp). */
  date: IsoDate;
  data: Readonly<Record<string, string | number | boolean | null>>;
};
