import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, schema, type Db } from "@/db";
import { MAX_EXTENSION_WORKING_DAYS } from "@/lib/domain/calendar";
import { allowedActions, dueDateFor } from "@/lib/domain/workflow";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { factsFromRow } from "./case-facts-row";
import { OPEN_CASE_STATUSES } from "./list-cases";

export type PendingExtension = {
  trackingNumber: string;
  /** What an approval or refusal must name as `expectedVersion`. */
  version: number;
  status: string;
  applicantName: string;
  applicantType: string;
  /** The current due date (null while the clock stands still). */
  dueDate: string | null;
  dueDateProvisional: boolean;
  reason: string;
  requestedAt: string;
  departmentName: string | null;
  assigneeName: string | null;
  /** The due date if approved today for the full 20 working days. */
  extendedDueDate: string | null;
  extendedDueDateProvisional: boolean;
  /** What the transition table lets this actor do today (the server checks again when it is done). */
  canApprove: boolean;
  canRefuse: boolean;
};

/**
 * Open cases whose extension request (`facts.extension.decision = 'pending'`) awaits a supervisor, most urgent
 * first, with what approving would make of the due date.
 */
export async function listPendingExtensions(opts: { today: string; roles: readonly string[]; limit?: number }, db?: Db): Promise<PendingExtension[]> {
  const conn = db ?? (await getDb());
  const c = schema.cases;
  const rows = await conn
    .select({
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
      applicantName: schema.applicants.name,
      applicantType: schema.applicants.type,
      departmentName: sql<string | null>`(select d.name from departments d where d.id = ${c.departmentId})`,
      assigneeName: sql<string | null>`(select u.name from users u where u.id = ${c.assigneeId})`,
    })
    .from(c)
    .innerJoin(schema.applicants, eq(schema.applicants.id, c.applicantId))
    .where(and(inArray(c.status, [...OPEN_CASE_STATUSES]), sql`${c.facts}->'extension'->>'decision' = 'pending'`))
    .orderBy(asc(sql`coalesce(${c.dueDate}, '9999-12-31'::date)`), asc(c.trackingNumber))
    .limit(Math.min(opts.limit ?? 100, 500));
  if (rows.length === 0) return [];

  const cal = await loadWorkCalendar(conn);
  return rows.flatMap((row) => {
    const facts = factsFromRow(row);
    const extension = facts.extension;
    if (!extension) return [];
    const allowed = allowedActions(facts, opts.roles, cal, opts.today);
    const approved = { ...facts, extension: { ...extension, decision: "approved" as const, decidedAt: opts.today, workingDays: MAX_EXTENSION_WORKING_DAYS } };
    const extended = dueDateFor(approved, cal, opts.today);
    return [
      {
        trackingNumber: row.trackingNumber,
        version: row.version,
        status: row.status,
        applicantName: row.applicantName,
        applicantType: row.applicantType,
        dueDate: row.dueDate,
        dueDateProvisional: row.dueDateProvisional,
        reason: extension.reason,
        requestedAt: extension.requestedAt,
        departmentName: row.departmentName,
        assigneeName: row.assigneeName,
        extendedDueDate: extended.dueDate,
        extendedDueDateProvisional: extended.provisional,
        canApprove: allowed.includes("approve_extension"),
        canRefuse: allowed.includes("refuse_extension"),
      },
    ];
  });
}
