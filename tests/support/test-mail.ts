import fs from "node:fs";
import path from "node:path";

/** A mail the test SMTP server received (scripts/test.ts writes each one as JSON into TEST_MAIL_DIR). */
export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; receivedAt: string };

function mailDir(): string {
  const dir = process.env.TEST_MAIL_DIR;
  if (!dir) throw new Error("TEST_MAIL_DIR is not set: run the suite through `npm test`.");
  return dir;
}

export function readMails(): ReceivedMail[] {
  const dir = mailDir();
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as ReceivedMail);
}

/** Waits for a mail to `to` (optionally matching the subject) to arrive at the test SMTP server. */
export async function waitForMail(to: string, opts: { subject?: RegExp; timeoutMs?: number; after?: number } = {}): Promise<ReceivedMail> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  const target = to.toLowerCase();
  for (;;) {
    const found = readMails()
      .filter((m) => m.to.some((t) => t.toLowerCase() === target))
      .filter((m) => !opts.subject || opts.subject.test(m.subject))
      .filter((m) => !opts.after || Date.parse(m.receivedAt) >= opts.after);
    const last = found[found.length - 1];
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`No mail to ${to}${opts.subject ? ` matching ${opts.subject}` : ""} arrived in time.`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
