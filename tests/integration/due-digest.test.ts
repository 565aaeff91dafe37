import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { addWorkingDays, countWorkingDaysBetween, nextDay, previousDay, type WorkCalendar } from "@/lib/domain/calendar";
import { formatDate } from "@/lib/i18n/labels";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { DUE_DIGEST_WORKING_DAYS, sendDueDigests } from "@/lib/server/cases/send-due-digests";
import { appJobs } from "@/lib/server/jobs/registry";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";
import { readMails, waitForMail } from "../support/test-mail";

// The digest is run for a past working day D (the server's own hourly run only ever uses the real today, so the two
// never compete for a (user, day) row); the cases are letters received long enough before D to be overdue, due that
// day, due soon or due later on D.

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
let staffToken: string;
let cal: WorkCalendar;

/** The n-th working day before `date`. */
function workingDaysBefore(date: string, n: number): string {
  let d = date;
  for (let counted = 0; counted < n; ) {
    d = previousDay(d);
    if (cal.isWorkingDay(d)) counted++;
  }
  return d;
}

/** The latest received date whose 20-working-day due date is `due` (a working day). */
function receivedForDue(due: string): string {
  let r = previousDay(due);
  while (addWorkingDays(cal, r, 20).date > due) r = previousDay(r);
  expect(addWorkingDays(cal, r, 20).date).toBe(due);
  return r;
}

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { authorization: `Bearer ${staffToken}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A letter due on `due`, with a title of its own, optionally assigned to `assigneeEmail`. */
async function letterDueOn(due: string, assigneeEmail?: string) {
  const body = naturalPersonBody();
  body.information.title = `到期提醒测试-${crypto.randomBytes(4).toString("hex")}`;
  const created = await api("POST", "/api/v1/cases", { ...body, channel: "letter", receivedAt: receivedForDue(due) });
  expect(created.status).toBe(201);
  expect(created.body.dueDate).toBe(due);
  const trackingNumber = created.body.trackingNumber as string;
  let version = created.body.version as number;
  if (assigneeEmail) {
    const assigned = await api("POST", `/api/v1/cases/${trackingNumber}/actions`, { action: "assign", expectedVersion: version, assigneeEmail });
    expect(assigned.status).toBe(200);
    version = assigned.body.version as number;
  }
  return { trackingNumber, title: body.information.title, due, version };
}

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+08:00`);

async function outboxDigests(email: string) {
  return sql()<{ subject: string; created_at: Date }[]>`select subject, created_at from mail_outbox where to_address = ${email} and template = 'due_digest' order by created_at`;
}

beforeAll(async () => {
  staffToken = await createTestToken((await createTestUser(["staff"])).id);
  cal = await loadWorkCalendar(await getDb());
});
afterAll(async () => {
  await closeSql();
  await closeDb();
});

describe("daily due-soon digest", () => {
  it("is registered as a job and runs in the server process", async () => {
    expect(appJobs().map((j) => j.name)).toContain("cases.due_digest");
    await expect
      .poll(async () => (await sql()<{ run_count: number }[]>`select run_count from scheduled_jobs where name = 'cases.due_digest'`)[0]?.run_count ?? 0, { timeout: 15_000 })
      .toBeGreaterThan(0);
  });

  it("mails each assignee once a working day their own overdue and due-soon cases, and nothing to anyone else", async () => {
    const day = workingDaysBefore(today, 40);
    const overdueDue = workingDaysBefore(day, 5);
    const soonDue = addWorkingDays(cal, day, DUE_DIGEST_WORKING_DAYS - 1).date;
    const lastSoonDue = addWorkingDays(cal, day, DUE_DIGEST_WORKING_DAYS).date;
    const laterDue = addWorkingDays(cal, day, DUE_DIGEST_WORKING_DAYS + 1).date;

    const a = await createTestUser(["staff"], { name: "承办人甲" });
    const b = await createTestUser(["staff", "supervisor"], { name: "Case Worker B" });
    const disabled = await createTestUser(["staff"]);
    const answered = await createTestUser(["staff"]);
    const farOnly = await createTestUser(["staff"]);
    await sql()`update users set locale = 'en' where id = ${b.id}`;

    const aOverdue = await letterDueOn(overdueDue, a.email);
    const aToday = await letterDueOn(day, a.email);
    const aSoon = await letterDueOn(lastSoonDue, a.email);
    const aLater = await letterDueOn(laterDue, a.email);
    const bSoon = await letterDueOn(soonDue, b.email);
    const disabledSoon = await letterDueOn(soonDue, disabled.email);
    const answeredSoon = await letterDueOn(soonDue, answered.email);
    const farLater = await letterDueOn(laterDue, farOnly.email);
    const unassigned = await letterDueOn(soonDue);
    await sql()`update users set disabled_at = now() where id = ${disabled.id}`;
    const reply = await api("POST", `/api/v1/cases/${answeredSoon.trackingNumber}/actions`, { action: "reply", expectedVersion: answeredSoon.version, outcome: "disclosed", reasonCode: "1" });
    expect(reply.status).toBe(200);
    const ours = [a, b, disabled, answered, farOnly];
    const ledger = async () =>
      sql()<{ user_id: string; overdue_count: number; due_soon_count: number }[]>`
        select user_id, overdue_count, due_soon_count from due_digest_sends where day = ${day} and user_id in ${sql()(ours.map((u) => u.id))}`;
    const db = await getDb();

    // Before 08:00, and on a day off, nothing is sent.
    expect(await sendDueDigests(db, at(day, 7))).toMatchObject({ skipped: "too_early", sentTo: [] });
    let dayOff = nextDay(day);
    while (cal.isWorkingDay(dayOff)) dayOff = nextDay(dayOff);
    expect(await sendDueDigests(db, at(dayOff, 9))).toMatchObject({ skipped: "non_working_day", sentTo: [] });
    expect(await ledger()).toEqual([]);

    // Three runs at once (three instances, or a job and a retry): one mail per assignee.
    const runs = await Promise.all([sendDueDigests(db, at(day, 9)), sendDueDigests(db, at(day, 9)), sendDueDigests(db, at(day, 9))]);
    const sentTo = runs.flatMap((r) => r.sentTo);
    expect(sentTo.filter((e) => e === a.email)).toHaveLength(1);
    expect(sentTo.filter((e) => e === b.email)).toHaveLength(1);
    for (const nobody of [disabled, answered, farOnly]) expect(sentTo).not.toContain(nobody.email);
    const rows = await ledger();
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { user_id: a.id, overdue_count: 1, due_soon_count: 2 },
        { user_id: b.id, overdue_count: 0, due_soon_count: 1 },
      ]),
    );

    // A's mail (zh-CN): their three cases with titles, due dates and links; not their later case, nobody else's.
    const mailA = await waitForMail(a.email, { subject: /办理提醒/ });
    expect(mailA.subject).toBe(`【政府信息公开】${formatDate(day, "zh-CN")}办理提醒：已逾期 1 件，${DUE_DIGEST_WORKING_DAYS} 个工作日内到期 2 件`);
    for (const c of [aOverdue, aToday, aSoon]) {
      expect(mailA.text).toContain(c.trackingNumber);
      expect(mailA.text).toContain(c.title);
      expect(mailA.text).toContain(`${baseUrl()}/staff/cases/${c.trackingNumber}`);
    }
    expect(mailA.text).toContain(`答复期限：${formatDate(overdueDue, "zh-CN")}，已逾期 ${countWorkingDaysBetween(cal, overdueDue, day)} 个工作日`);
    expect(mailA.text).toContain(`答复期限：${formatDate(day, "zh-CN")}，今天到期`);
    expect(mailA.text).toContain(`答复期限：${formatDate(lastSoonDue, "zh-CN")}`);
    expect(mailA.text.indexOf(aOverdue.trackingNumber)).toBeLessThan(mailA.text.indexOf(aToday.trackingNumber));
    expect(mailA.text).toContain("承办人甲：");
    for (const other of [aLater, bSoon, disabledSoon, answeredSoon, farLater, unassigned]) {
      expect(mailA.text).not.toContain(other.trackingNumber);
      expect(mailA.text).not.toContain(other.title);
    }

    // B's account is in English: an English mail with only B's case.
    const mailB = await waitForMail(b.email, { subject: /^\[Information disclosure\]/ });
    expect(mailB.subject).toBe(`[Information disclosure] Deadlines on ${formatDate(day, "en")}: 0 overdue, 1 due within ${DUE_DIGEST_WORKING_DAYS} working days`);
    expect(mailB.text).toContain("Dear Case Worker B,");
    expect(mailB.text).toContain(bSoon.trackingNumber);
    expect(mailB.text).toContain(`Reply due: ${formatDate(soonDue, "en")}`);
    for (const other of [aOverdue, aToday, aSoon, aLater, disabledSoon, answeredSoon, unassigned]) expect(mailB.text).not.toContain(other.trackingNumber);

    // Later the same day (the hourly job again): nothing new. Nobody else of ours got one, in the outbox or by SMTP.
    const again = await sendDueDigests(db, at(day, 15));
    expect(again.sentTo).not.toContain(a.email);
    expect(again.sentTo).not.toContain(b.email);
    expect(await outboxDigests(a.email)).toHaveLength(1);
    expect(await outboxDigests(b.email)).toHaveLength(1);
    for (const nobody of [disabled, answered, farOnly]) expect(await outboxDigests(nobody.email)).toEqual([]);
    await new Promise((r) => setTimeout(r, 2500)); // > two delivery periods: a second mail would have arrived by now
    expect(readMails().filter((m) => m.to.includes(a.email))).toHaveLength(1);

    // The next working day is a new day: A hears again.
    const next = addWorkingDays(cal, day, 1).date;
    expect((await sendDueDigests(db, at(next, 9))).sentTo).toContain(a.email);
    expect(await outboxDigests(a.email)).toHaveLength(2);
  });
});
