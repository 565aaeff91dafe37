import { and, eq, isNull, sql } from "drizzle-orm";
import { schema, type Db } from "@/db";
import type { ActionInputs, ActionName } from "@/lib/domain/workflow";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/audit/record-audit";
import type { CaseActionInput } from "@/lib/validation/case-actions";
import { performCaseAction, type CaseActionResult } from "./perform-case-action";

/** Turns the parsed API/form input into the workflow's input (e-mail → user id), then performs it. */
export async function runStaffCaseAction(
  db: Db,
  trackingNumber: string,
  body: CaseActionInput,
  who: { actor: Actor; roles: readonly string[]; requestId?: string | null },
): Promise<CaseActionResult> {
  const [row] = await db.select({ id: schema.cases.id }).from(schema.cases).where(eq(schema.cases.trackingNumber, trackingNumber.toUpperCase())).limit(1);
  if (!row) throw new AppError("not_found");
  const { action, expectedVersion, ...fields } = body;
  // The edited document text is not a workflow fact: it goes to the document, not to the transition table.
  const { documentText, ...rest } = fields as typeof fields & { documentText?: string };
  let input: ActionInputs[ActionName] = rest as never;
  if (body.action === "assign") {
    let assigneeId: string | null | undefined = undefined;
    if (body.assigneeEmail === null) assigneeId = null;
    else if (body.assigneeEmail) {
      const [user] = await db
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(and(eq(schema.users.email, body.assigneeEmail.toLowerCase()), isNull(schema.users.disabledAt), sql`${schema.users.roles} && array['staff','supervisor']::text[]`))
        .limit(1);
      if (!user) throw new AppError("validation", { assigneeEmail: "validation.assignee.unknown" });
      assigneeId = user.id;
    }
    if (body.departmentId) {
      const [dept] = await db.select({ id: schema.departments.id }).from(schema.departments).where(eq(schema.departments.id, body.departmentId)).limit(1);
      if (!dept) throw new AppError("validation", { departmentId: "validation.department.unknown" });
    }
    input = { assigneeId, departmentId: body.departmentId } satisfies ActionInputs["assign"];
  }
  return performCaseAction(db, { caseId: row.id, action, input: input as never, expectedVersion, documentText, ...who });
}
