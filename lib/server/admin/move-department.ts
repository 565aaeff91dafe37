import "server-only";
import { eq, sql } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { wouldCreateCycle } from "./department-tree";

/** Serialises tree moves: two moves checked at once could each be fine alone and make a loop together. */
const TREE_LOCK = 740_310_001;

/** Moves a department under another (or to the top level); never under itself or one of its descendants. */
export async function moveDepartment(db: Db, actor: Actor, input: { departmentId: string; parentId?: string }): Promise<void> {
  const parentId = input.parentId || null;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${TREE_LOCK})`);
    const d = schema.departments;
    const all = await tx.select({ id: d.id, parentId: d.parentId, sortOrder: d.sortOrder }).from(d);
    const me = all.find((n) => n.id === input.departmentId);
    if (!me) throw new AppError("not_found");
    if (parentId && !all.some((n) => n.id === parentId)) throw new AppError("validation", { parentId: "validation.department.unknown" });
    if (me.parentId === parentId) return;
    if (wouldCreateCycle(all, input.departmentId, parentId)) throw new AppError("not_allowed", { parentId: "admin.validation.departmentCycle" });
    const sortOrder = Math.max(0, ...all.filter((n) => n.parentId === parentId).map((n) => n.sortOrder)) + 1;
    await tx.update(d).set({ parentId, sortOrder }).where(eq(d.id, input.departmentId));
    await recordAudit(tx, { actor, action: "department.moved", entityType: "department", entityId: input.departmentId, before: { parentId: me.parentId }, after: { parentId } });
  });
}
