import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";

/**
 * Saves an edited template as the family's next version (documents already issued keep their own text; new
 * ones use the newest active version). Two admins saving at once: the unique (family, version) index lets one
 * win and the other retry.
 */
export async function createTemplateVersion(db: Db, actor: Actor, input: { templateId: string; title: string; body: string }): Promise<{ id: string; version: number }> {
  const userId = "userId" in actor ? actor.userId : null;
  return db.transaction(async (tx) => {
    const t = schema.documentTemplates;
    const [base] = await tx.select({ kind: t.kind, outcome: t.outcome, reasonCode: t.reasonCode }).from(t).where(eq(t.id, input.templateId)).limit(1);
    if (!base) throw new AppError("not_found");
    const family = and(eq(t.kind, base.kind), sql`${t.outcome} is not distinct from ${base.outcome}`, sql`${t.reasonCode} is not distinct from ${base.reasonCode}`);
    const [latest] = await tx
      .select({ version: sql<number>`max(${t.version})`, title: sql<string>`(array_agg(${t.title} order by ${t.version} desc))[1]` })
      .from(t)
      .where(family);
    const version = Number(latest?.version ?? 0) + 1;
    const [row] = await tx
      .insert(t)
      .values({ kind: base.kind, outcome: base.outcome, reasonCode: base.reasonCode, version, title: input.title, body: input.body, isActive: true, createdBy: userId })
      .returning({ id: t.id });
    await recordAudit(tx, {
      actor,
      action: "template.version_created",
      entityType: "document_template",
      entityId: row!.id,
      before: { version: version - 1, title: latest?.title ?? null },
      after: { kind: base.kind, outcome: base.outcome, reasonCode: base.reasonCode, version, title: input.title },
    });
    return { id: row!.id, version };
  });
}
