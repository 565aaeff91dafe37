import { and, eq } from "drizzle-orm";
import { schema, type Db, type Tx } from "@/db";
import { todayInShanghai } from "@/lib/domain/identity";
import { applyAction, dueDateFor, type ActionInputs, type ActionName } from "@/lib/domain/workflow";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { issueWorkflowDocuments } from "@/lib/server/documents/issue-workflow-documents";
import { factsFromRow, storedFactsOf } from "./case-facts-row";

export type CaseActionRequest<A extends ActionName> = {
  caseId: string;
  action: A;
  input: ActionInputs[A];
  expectedVersion: number;
  actor: Actor;
  /** Workflow roles of the actor: staff / supervisor, or `applicant` for the case's own applicant. */
  roles: readonly string[];
  requestId?: string | null;
  /** The notice's text as staff edited it before sending: replaces the template of the document the action issues. */
  documentText?: string | null;
};

/** What an action reads of a case: the workflow facts and the stored due date. */
export const caseActionColumns = {
  id: schema.cases.id,
  status: schema.cases.status,
  receivedAt: schema.cases.receivedAt,
  version: schema.cases.version,
  assigneeId: schema.cases.assigneeId,
  departmentId: schema.cases.departmentId,
  facts: schema.cases.facts,
  outcome: schema.cases.outcome,
  reasonCode: schema.cases.reasonCode,
  repliedAt: schema.cases.repliedAt,
  endingCode: schema.cases.endingCode,
  endedAt: schema.cases.endedAt,
  dueDate: schema.cases.dueDate,
};

export type CaseActionResult = { caseId: string; status: string; dueDate: string | null; dueDateProvisional: boolean; version: number };

/**
 * One workflow action, in one transaction: lock the case, compare versions (409), let the pure transition
 * table decide (403 / 422), write the new facts and due date, and one audit event per workflow event.
 */
export async function performCaseAction<A extends ActionName>(
  db: Db,
  req: CaseActionRequest<A>,
  /** Rows the caller adds in the same transaction (the supplement's text and files), after the action succeeded. */
  alsoWrite?: (tx: Tx, caseId: string) => Promise<void>,
): Promise<CaseActionResult> {
  const cal = await loadWorkCalendar(db);
  const today = todayInShanghai();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select(caseActionColumns)
      .from(schema.cases)
      .where(eq(schema.cases.id, req.caseId))
      .for("update")
      .limit(1);
    if (!row) throw new AppError("not_found");
    if (row.version !== req.expectedVersion) throw new AppError("conflict", { expectedVersion: "validation.version.stale" }, undefined, "version.stale");

    const before = factsFromRow(row);
    const actorId = "userId" in req.actor ? req.actor.userId : null;
    const result = applyAction(before, req.action, req.input, { roles: req.roles, cal, today, actorId });
    if (!result.ok) throw new AppError(result.code, undefined, undefined, result.reason);

    const next = result.next;
    const due = dueDateFor(next, cal, today);
    const open = next.status === "received" || next.status === "awaiting_clarification" || next.status === "awaiting_fee";
    const dueDate = open ? due.dueDate : row.dueDate;
    await tx
      .update(schema.cases)
      .set({
        status: next.status,
        version: next.version,
        assigneeId: next.assigneeId,
        departmentId: next.departmentId,
        facts: storedFactsOf(next),
        outcome: next.outcome,
        reasonCode: next.reasonCode,
        repliedAt: next.repliedAt,
        endingCode: next.endingCode,
        endedAt: next.endedAt,
        dueDate,
        dueDateProvisional: open ? due.provisional : false,
        closedAt: next.status === "closed" ? new Date() : null,
        updatedAt: new Date(),
      })
      .where(and(eq(schema.cases.id, row.id), eq(schema.cases.version, req.expectedVersion)));

    for (const event of result.events) {
      await recordAudit(tx, {
        actor: req.actor,
        action: event.type,
        entityType: "case",
        entityId: row.id,
        caseId: row.id,
        requestId: req.requestId,
        before: { status: before.status, version: before.version, dueDate: row.dueDate },
        after: { status: next.status, version: next.version, dueDate, date: event.date, ...event.data },
      });
    }
    await issueWorkflowDocuments(tx, { caseId: row.id, events: result.events, facts: next, dueDate, documentText: req.documentText, actor: req.actor, requestId: req.requestId });
    if (alsoWrite) await alsoWrite(tx, row.id);
    return { caseId: row.id, status: next.status, dueDate, dueDateProvisional: open ? due.provisional : false, version: next.version };
  });
}
