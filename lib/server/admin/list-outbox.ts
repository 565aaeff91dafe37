import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb, rowsOf, schema, type Db } from "@/db";
import { OUTBOX_STATUSES } from "@/lib/validation/admin";

export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type OutboxRow = {
  id: string;
  toAddress: string;
  subject: string;
  template: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt: Date | null;
  /** The body is still stored (not yet sent, or failed): the admin may read it. */
  hasBody: boolean;
};

export const OUTBOX_LIST_LIMIT = 200;

/** Counts per status and the newest mails (optionally of one status); bodies are not part of the list. */
export async function listOutbox(status?: OutboxStatus, given?: Db): Promise<{ counts: Record<OutboxStatus, number>; mails: OutboxRow[] }> {
  const db = given ?? (await getDb());
  const m = schema.mailOutbox;
  const countRows = rowsOf<{ status: string; n: number }>(await db.execute(sql`select status, count(*)::int as n from mail_outbox group by status`));
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, Number(countRows.find((r) => r.status === s)?.n ?? 0)])) as Record<OutboxStatus, number>;
  const mails = await db
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
      hasBody: sql<boolean>`${m.bodyText} is not null or ${m.bodyHtml} is not null`,
    })
    .from(m)
    .where(status ? eq(m.status, status) : undefined)
    .orderBy(desc(m.createdAt))
    .limit(OUTBOX_LIST_LIMIT);
  return { counts, mails };
}
