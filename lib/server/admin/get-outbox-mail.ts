import "server-only";
import { eq } from "drizzle-orm";
import { getDb, schema, type Db } from "@/db";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import type { OutboxRow } from "./list-outbox";

export type OutboxMail = OutboxRow & { bodyText: string | null };

/**
 * One mail with its text body while it is still stored (queued or failed; bodies are purged once sent). With
 * no SMTP_URL this is how mail reaches people: an admin reads it here. Reading a body is audited, since it may
 * hold a password-reset link.
 */
export async function getOutboxMail(actor: Actor, id: string, given?: Db): Promise<OutboxMail | null> {
  const db = given ?? (await getDb());
  const m = schema.mailOutbox;
  const [row] = await db
    .select({
      id: m.id,
      toAddress: m.toAddress,
      subject: m.subject,
      template: m.template,
      status: m.status,
      attempts: m.attempts,
      lastError: m.lastError,
      createdAt: m.createdAt,
      nextAttemptAt: m.nextAttemptAt,
      sentAt: m.sentAt,
      bodyText: m.bodyText,
      bodyHtml: m.bodyHtml,
    })
    .from(m)
    .where(eq(m.id, id))
    .limit(1);
  if (!row) return null;
  const { bodyHtml, ...rest } = row;
  const hasBody = row.bodyText !== null || bodyHtml !== null;
  if (hasBody) {
    await db.transaction(async (tx) => {
      await recordAudit(tx, { actor, action: "mail.body_viewed", entityType: "mail", entityId: id, after: { to: row.toAddress, template: row.template } });
    });
  }
  return { ...rest, hasBody };
}
