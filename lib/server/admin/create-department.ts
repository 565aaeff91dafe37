import "server-only";
import { eq, sql } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { assertDepartmentExists } from "./department-exists";

/** A new department, last among its siblings; the code is unique (cases and reports refer to it). */
export async function createDepartment(db: Db, actor: Actor, input: { name: string; code: string; parentId?: string }): Promise<{ id: string }> {
  const parentId = input.parentId || null;
  try {
    return await db.transaction(async (tx) => {
      if (parentId) await assertDepartmentExists(tx, parentId, "parentId");
      const d = schema.departments;
      const [last] = await tx
        .select({ max: sql<number | null>`max(${d.sortOrder})` })
        .from(d)
        .where(parentId ? eq(d.parentId, parentId) : sql`${d.parentId} is null`);
      const sortOrder = Number(last?.max ?? 0) + 1;
      const [row] = await tx.insert(d).values({ name: input.name, code: input.code, parentId, sortOrder }).returning({ id: d.id });
      await recordAudit(tx, { actor, action: "department.created", entityType: "department", entityId: row!.id, after: { name: input.name, code: input.code, parentId } });
      return { id: row!.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("conflict", { code: "admin.validation.codeTaken" });
    throw e;
  }
}
