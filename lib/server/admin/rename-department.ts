import "server-only";
import { eq } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";

export async function renameDepartment(db: Db, actor: Actor, input: { departmentId: string; name: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const d = schema.departments;
    const [row] = await tx.select({ name: d.name }).from(d).where(eq(d.id, input.departmentId)).for("update").limit(1);
    if (!row) throw new AppError("not_found");
    if (row.name === input.name) return;
    await tx.update(d).set({ name: input.name }).where(eq(d.id, input.departmentId));
    await recordAudit(tx, { actor, action: "department.renamed", entityType: "department", entityId: input.departmentId, before: { name: row.name }, after: { name: input.name } });
  });
}
