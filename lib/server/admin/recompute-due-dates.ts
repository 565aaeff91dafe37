import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema, type DbOrTx } from "@/db";
import type { IsoDate, WorkCalendar } from "@/lib/domain/calendar";
import { todayInShanghai } from "@/lib/domain/identity";
import { dueDateFor, OPEN_STATUSES } from "@/lib/domain/workflow";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { factsFromRow } from "@/lib/server/cases/case-facts-row";

export type DueDateState = { dueDate: string | null; provisional: boolean };

export type DueDateChange = {
  caseId: string;
  trackingNumber: string;
  status: string;
  version: number;
  before: DueDateState;
  after: DueDateState;
};

/**
 * Open cases (received, awaiting 补正 or fee) whose stored due date or provisional flag differs from what the
 * clock gives under `cal` today. Reads only; with `lock` the rows stay locked until the transaction ends.
 */
export async function findDueDateChanges(
  db: DbOrTx,
  cal: WorkCalendar,
  today: IsoDate,
  opts: { lock?: boolean; caseIds?: readonly string[] } = {},
): Promise<DueDateChange[]> {
  const c = schema.cases;
  const query = db
    .select({
      id: c.id,
      trackingNumber: c.trackingNumber,
      status: c.status,
      receivedAt: c.receivedAt,
      version: c.version,
      assigneeId: c.assigneeId,
      departmentId: c.departmentId,
      facts: c.facts,
      outcome: c.outcome,
      reasonCode: c.reasonCode,
      repliedAt: c.repliedAt,
      endingCode: c.endingCode,
      endedAt: c.endedAt,
      dueDate: c.dueDate,
      dueDateProvisional: c.dueDateProvisional,
    })
    .from(c)
    .where(and(inArray(c.status, [...OPEN_STATUSES]), opts.caseIds ? inArray(c.id, [...opts.caseIds]) : undefined))
    .orderBy(asc(c.trackingNumber));
  const rows = opts.lock ? await query.for("update") : await query;
  const changes: DueDateChange[] = [];
  for (const row of rows) {
    const due = dueDateFor(factsFromRow(row), cal, today);
    const after = { dueDate: due.dueDate, provisional: due.provisional }; // as performCaseAction stores them
    const before = { dueDate: row.dueDate, provisional: row.dueDateProvisional };
    if (before.dueDate === after.dueDate && before.provisional === after.provisional) continue;
    changes.push({ caseId: row.id, trackingNumber: row.trackingNumber, status: row.status, version: row.version, before, after });
  }
  return changes;
}

/**
 * Brings every open case's due date in line with the calendar as it now stands (after an admin's change, or
 * from a job): each changed case gets its new due date and provisional flag, a new version (so a form opened
 * before the change must reload) and an audit event `case.due_date_recomputed` with before/after.
 * Runs in the caller's transaction when given one (as a savepoint), else in its own. `caseIds` limits it (and its
 * row locks) to those cases; the caller holds the calendar lock so no calendar change can slip in between.
 */
export async function recomputeDueDates(
  db: DbOrTx,
  opts: { actor: Actor; cal?: WorkCalendar; today?: IsoDate; cause?: Record<string, unknown>; requestId?: string | null; caseIds?: readonly string[] },
): Promise<DueDateChange[]> {
  return db.transaction(async (tx) => {
    const cal = opts.cal ?? (await loadWorkCalendar(tx));
    const today = opts.today ?? todayInShanghai();
    if (opts.caseIds && opts.caseIds.length === 0) return [];
    const changes = await findDueDateChanges(tx, cal, today, { lock: true, caseIds: opts.caseIds });
    const c = schema.cases;
    for (const change of changes) {
      const version = change.version + 1;
      await tx
        .update(c)
        .set({ dueDate: change.after.dueDate, dueDateProvisional: change.after.provisional, version, updatedAt: new Date() })
        .where(and(eq(c.id, change.caseId), eq(c.version, change.version)));
      await recordAudit(tx, {
        actor: opts.actor,
        action: "case.due_date_recomputed",
        entityType: "case",
        entityId: change.caseId,
        caseId: change.caseId,
        requestId: opts.requestId ?? null,
        before: { dueDate: change.before.dueDate, dueDateProvisional: change.before.provisional, version: change.version },
        after: { dueDate: change.after.dueDate, dueDateProvisional: change.after.provisional, version, ...(opts.cause ? { cause: opts.cause } : {}) },
      });
    }
    return changes.map((ch) => ({ ...ch, version: ch.version + 1 }));
  });
}
