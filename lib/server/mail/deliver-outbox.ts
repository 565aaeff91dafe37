import nodemailer, { type Transporter } from "nodemailer";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db";
import { getEnv } from "@/lib/env";

const MAX_ATTEMPTS = 8;
const BATCH = 20;
const CONCURRENCY = 4;
/** One run keeps taking batches while mail is waiting, up to this long (the job's lease is far longer). */
const RUN_BUDGET_MS = 60_000;

/** Back-off after the n-th failed attempt: 30 s, 1 min, 2 min … capped at 1 h. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
}

let transport: { url: string; t: Transporter } | undefined;
function transporter(url: string): Transporter {
  if (transport?.url !== url) {
    // A small pool: a burst of acknowledgements goes out over a few reused connections.
    const pooled = /[?&]pool=/.test(url) ? url : `${url}${url.includes("?") ? "&" : "?"}pool=true&maxConnections=${CONCURRENCY}`;
    transport = { url, t: nodemailer.createTransport(pooled) };
  }
  return transport.t;
}

type Claimed = { id: string; to_address: string; subject: string; body_text: string | null; body_html: string | null; attempts: number };

/**
 * Sends due mails. Rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so several instances never send
 * one twice; a failure is retried with back-off and nothing is lost while the mail server is down.
 * Without SMTP_URL nothing is sent: mails stay queued for an admin to read.
 */
export async function deliverOutbox(db: Db): Promise<{ sent: number; failed: number }> {
  const env = getEnv();
  const total = { sent: 0, failed: 0 };
  if (!env.SMTP_URL) return total;
  const started = Date.now();
  for (;;) {
    const r = await deliverBatch(db, env.SMTP_URL, env.MAIL_FROM);
    total.sent += r.sent;
    total.failed += r.failed;
    if (r.claimed < BATCH || Date.now() - started > RUN_BUDGET_MS) return total;
  }
}

async function deliverBatch(db: Db, smtpUrl: string, from: string): Promise<{ sent: number; failed: number; claimed: number }> {
  const claimed = rowsOf<Claimed>(
    await db.execute(sql`
      update mail_outbox set status = 'sending', locked_until = now() + interval '2 minutes'
      where id in (
        select id from mail_outbox
        where (status = 'queued' and next_attempt_at <= now())
           or (status = 'sending' and locked_until < now())
        order by next_attempt_at
        limit ${BATCH}
        for update skip locked)
      returning id, to_address, subject, body_text, body_html, attempts`),
  );
  let sent = 0;
  let failed = 0;
  const deliverOne = async (mail: Claimed) => {
    try {
      await transporter(smtpUrl).sendMail({
        from,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.body_text ?? "",
        html: mail.body_html ?? undefined,
      });
      // Bodies may hold personal data and links: purge them once delivered, keep the metadata.
      await db.execute(sql`
        update mail_outbox set status = 'sent', sent_at = now(), attempts = attempts + 1, locked_until = null,
          body_text = null, body_html = null, last_error = null
        where id = ${mail.id}`);
      sent++;
    } catch (e) {
      const attempts = mail.attempts + 1;
      const message = e instanceof Error ? e.message.slice(0, 500) : String(e);
      await db.execute(sql`
        update mail_outbox set attempts = ${attempts}, locked_until = null, last_error = ${message},
          status = ${attempts >= MAX_ATTEMPTS ? "failed" : "queued"},
          next_attempt_at = now() + make_interval(secs => ${retryDelaySeconds(attempts)})
        where id = ${mail.id}`);
      failed++;
    }
  };
  for (let i = 0; i < claimed.length; i += CONCURRENCY) await Promise.all(claimed.slice(i, i + CONCURRENCY).map(deliverOne));
  return { sent, failed, claimed: claimed.length };
}
