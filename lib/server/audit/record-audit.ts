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
  "case.submitted",
  "case.registered",
  "case.query_code_reissued",
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

/** Call inside the transaction of the change it records, so both land or neither does. */
export async function recordAudit(tx: DbOrTx, e: AuditInput): Promise<void> {
  await tx.insert(schema.auditEvents).values({
    actorKind: e.actor.kind,
    actorUserId: "userId" in e.actor ? e.actor.userId : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId ?? null,
    caseId: e.caseId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    requestId: e.requestId ?? null,
  });
}
