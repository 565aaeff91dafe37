import { schema, type DbOrTx } from "@/db";
import { WORKFLOW_EVENT_TYPES } from "@/lib/domain/workflow/events";

/** Every audited action, one name each. New actions are added here, never invented inline. */
export const AUDIT_ACTIONS = [
  "user.registered",
  "user.created",
  "user.disabled",
  "user.enabled",
  "user.roles_changed",
  "user.password_reset_requested",
  "user.password_reset",
  "user.locale_changed",
  "token.created",
  "token.revoked",
  "settings.updated",
  "user.department_changed",
  "user.password_reset_link_sent",
  "department.created",
  "department.renamed",
  "department.moved",
  "calendar.override_set",
  "calendar.override_removed",
  "calendar.notice_entered",
  "calendar.notice_withdrawn",
  "case.due_date_recomputed",
  "mail.retried",
  "mail.body_viewed",
  "template.version_created",
  "case.submitted",
  "case.registered",
  "case.query_code_reissued",
  "case.linked_to_account",
  "case.document_issued",
  "case.document_served",
  "appeal.created",
  "appeal.updated",
  "statistics.manual_figures_saved",
  "statistics.published",
  "statistics.report_prose_saved",
  ...WORKFLOW_EVENT_TYPES,
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type Actor =
  | { kind: "user"; userId: string }
  | { kind: "token"; userId: string }
  | { kind: "system" }
  | { kind: "anonymous" };

export type AuditInput = {
  actor: Actor;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  caseId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
};

/** The row an audit event is stored as (for callers that write it as part of a larger statement). */
export function auditRow(e: AuditInput) {
  return {
    actorKind: e.actor.kind,
    actorUserId: "userId" in e.actor ? e.actor.userId : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId ?? null,
    caseId: e.caseId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    requestId: e.requestId ?? null,
  };
}

/** Call inside the transaction of the change it records, so both land or neither does. */
export async function recordAudit(tx: DbOrTx, e: AuditInput): Promise<void> {
  await tx.insert(schema.auditEvents).values(auditRow(e));
}
