import "server-only";
import { and, eq } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";

/** A failed mail goes back in the queue, due now; the delivery job picks it up on its next run. */
export async function retryMail(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const m = schema.mailOutbox;
    const [row] = await tx
      .update(m)
      .set({ status: "queued", nextAttemptAt: new Date(), lockedUntil: null })
      .where(and(eq(m.id, id), eq(m.status, "failed")))
      .returning({ attempts: m.attempts, lastError: m.lastError });
    if (!row) throw new AppError("not_allowed", { mailId: "admin.validation.notFailed" });
    await recordAudit(tx, { actor, action: "mail.retried", entityType: "mail", entityId: id, before: { status: "failed", attempts: row.attempts, lastError: row.lastError }, after: { status: "queued" } });
  });
}
