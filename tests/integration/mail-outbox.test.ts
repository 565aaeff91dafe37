import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeSql, sql } from "../support/db";
import { waitForMail } from "../support/test-mail";

const rejectFlag = () => path.join(process.env.TEST_MAIL_DIR!, "REJECT");

async function enqueue(to: string, subject: string) {
  const [row] = await sql()<{ id: string }[]>`
    insert into mail_outbox (to_address, subject, body_text, template)
    values (${to}, ${subject}, ${"正文：请查收。"}, 'test') returning id`;
  return row!.id;
}

async function waitForRow(id: string, until: (r: { status: string; attempts: number }) => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await sql()<{ status: string; attempts: number; body_text: string | null; last_error: string | null; sent_at: Date | null }[]>`
      select status, attempts, body_text, last_error, sent_at from mail_outbox where id = ${id}`;
    if (row && until(row)) return row;
    if (Date.now() > deadline) throw new Error(`outbox row ${id} never reached the expected state: ${JSON.stringify(row)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

afterEach(() => fs.rmSync(rejectFlag(), { force: true }));
afterAll(closeSql);

describe("mail outbox", () => {
  it("delivers a queued mail through SMTP and purges its body, keeping the metadata", async () => {
    const to = `outbox-${crypto.randomBytes(4).toString("hex")}@test.gongkai.cn`;
    const id = await enqueue(to, "受理回执");
    const mail = await waitForMail(to, { subject: /受理回执/ });
    expect(mail.text).toContain("正文：请查收。");
    const row = await waitForRow(id, (r) => r.status === "sent");
    expect(row.body_text).toBeNull();
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.attempts).toBe(1);
  });

  it("keeps a mail through a mail-server outage and delivers it once the server is back", async () => {
    fs.writeFileSync(rejectFlag(), "");
    const to = `outage-${crypto.randomBytes(4).toString("hex")}@test.gongkai.cn`;
    const id = await enqueue(to, "补正告知书");
    const failed = await waitForRow(id, (r) => r.attempts >= 1 && r.status === "queued");
    expect(failed.last_error).toMatch(/451/);
    expect(failed.body_text).toBe("正文：请查收。");

    fs.rmSync(rejectFlag());
    // Skip the back-off wait (30 s after a first failure) rather than sleep through it.
    await sql()`update mail_outbox set next_attempt_at = now() where id = ${id}`;
    await waitForMail(to, { subject: /补正告知书/ });
    const sent = await waitForRow(id, (r) => r.status === "sent");
    expect(sent.attempts).toBe(2);
    expect(sent.body_text).toBeNull();
  });
});
