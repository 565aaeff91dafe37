import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { addWorkingDays, createWorkCalendar } from "@/lib/domain/calendar";
import { abandonOverdueCases } from "@/lib/server/cases/abandon-overdue-cases";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";

let staffToken: string;
let supervisorToken: string;
let citizenToken: string;
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const cal = createWorkCalendar();
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  staffToken = await createTestToken((await createTestUser(["staff"])).id);
  supervisorToken = await createTestToken((await createTestUser(["staff", "supervisor"])).id);
  citizenToken = await createTestToken((await createTestUser(["citizen"])).id);
});
afterAll(async () => {
  await closeSql();
  await closeDb();
});

async function api(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${baseUrl()}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: "manual",
  });
  return { status: res.status, body: await res.json() };
}

async function registerLetter(receivedAt = today) {
  const r = await api("POST", "/cases", staffToken, { ...naturalPersonBody(), channel: "letter", receivedAt });
  expect(r.status).toBe(201);
  return r.body as { trackingNumber: string; version: number; dueDate: string; status: string };
}

const act = (tn: string, token: string, body: Record<string, unknown>) => api("POST", `/cases/${tn}/actions`, token, body);
const auditCount = async (tn: string) =>
  Number((await sql()<{ n: number }[]>`select count(*)::int as n from audit_events where case_id = (select id from cases where tracking_number = ${tn})`)[0]!.n);

describe("staff cases API", () => {
  it("registers a letter with its received date; refuses a future date and non-staff callers", async () => {
    const created = await registerLetter(plusDays(today, -3));
    expect(created).toMatchObject({ status: "received", version: 1 });
    const future = await api("POST", "/cases", staffToken, { ...naturalPersonBody(), channel: "letter", receivedAt: plusDays(today, 1) });
    expect(future.status).toBe(400);
    expect(future.body.error.fields.receivedAt).toEqual(expect.any(String));
    expect((await api("POST", "/cases", citizenToken, { ...naturalPersonBody(), channel: "letter", receivedAt: today })).status).toBe(403);
    const [row] = await sql()<{ channel: string; received_at: string }[]>`select channel, received_at::text from cases where tracking_number = ${created.trackingNumber}`;
    expect(row).toEqual({ channel: "letter", received_at: plusDays(today, -3) });
  });

  it("walks a case through 补正, restart, extension and a partial disclosure, one audit event per change", async () => {
    const c = await registerLetter();
    expect(c.dueDate).toBe(addWorkingDays(cal, today, 20).date);
    let version = c.version;
    let events = await auditCount(c.trackingNumber);

    const clar = await act(c.trackingNumber, staffToken, { action: "request_clarification", expectedVersion: version, message: "请补充所需信息的时间范围。", deadline: plusDays(today, 15) });
    expect(clar.status).toBe(200);
    expect(clar.body.status).toBe("awaiting_clarification");
    expect(clar.body.version).toBe(++version);
    // The action's event and its document's (补正告知书).
    expect(await auditCount(c.trackingNumber)).toBe((events += 2));

    const supplement = await act(c.trackingNumber, staffToken, { action: "receive_clarification", expectedVersion: version, receivedAt: today });
    expect(supplement.status).toBe(200);
    expect(supplement.body).toMatchObject({ status: "received", dueDate: addWorkingDays(cal, today, 20).date, version: ++version });
    expect(await auditCount(c.trackingNumber)).toBe(++events);

    const ext = await act(c.trackingNumber, staffToken, { action: "request_extension", expectedVersion: version, reason: "需要调取多个部门的档案。" });
    expect(ext.status).toBe(200);
    version = ext.body.version;
    // Only a supervisor approves.
    const refusedRole = await act(c.trackingNumber, staffToken, { action: "approve_extension", expectedVersion: version });
    expect(refusedRole.status).toBe(403);
    const approved = await act(c.trackingNumber, supervisorToken, { action: "approve_extension", expectedVersion: version });
    expect(approved.status).toBe(200);
    expect(approved.body.dueDate).toBe(addWorkingDays(cal, supplement.body.dueDate, 20).date);
    version = approved.body.version;

    // 4.3 only after a 补正 notice is fine here; 1 with refused is not.
    const wrongPair = await act(c.trackingNumber, staffToken, { action: "reply", expectedVersion: version, outcome: "refused", reasonCode: "1" });
    expect(wrongPair.status).toBe(422);
    expect(wrongPair.body.error.code).toBe("not_allowed");
    const reply = await act(c.trackingNumber, staffToken, { action: "reply", expectedVersion: version, outcome: "partially_disclosed", reasonCode: "2", letter: "经审查，部分信息涉及第三方商业秘密，予以部分公开。" });
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe("replied");

    const detail = await api("GET", `/cases/${c.trackingNumber}`, staffToken);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ status: "replied", outcome: "partially_disclosed", reasonCode: "2", repliedAt: today, version: reply.body.version });
    expect(detail.body.events.map((e: { action: string }) => e.action)).toEqual([
      "case.registered",
      "case.document_issued",
      "case.clarification_requested",
      "case.document_issued",
      "case.clarification_received",
      "case.extension_requested",
      "case.extension_approved",
      "case.document_issued",
      "case.replied",
      "case.document_issued",
    ]);
  });

  it("answers 400 for malformed actions, 409 for a stale version and 422 for what the table forbids, writing nothing", async () => {
    const c = await registerLetter();
    const before = await auditCount(c.trackingNumber);
    const malformed = [
      { action: "explode", expectedVersion: 1 },
      { action: "reply", outcome: "disclosed", reasonCode: "1" },
      { action: "reply", expectedVersion: "1", outcome: "disclosed", reasonCode: "1" },
      { action: "reply", expectedVersion: 1, outcome: "maybe", reasonCode: "1" },
      { action: "request_clarification", expectedVersion: 1, message: "x", deadline: "2026-02-30" },
      { action: "close", expectedVersion: 1, extra: true },
    ];
    for (const body of malformed) expect((await act(c.trackingNumber, staffToken, body)).status, JSON.stringify(body)).toBe(400);
    const stale = await act(c.trackingNumber, staffToken, { action: "reply", expectedVersion: 7, outcome: "disclosed", reasonCode: "1" });
    expect(stale.status).toBe(409);
    const unclear = await act(c.trackingNumber, staffToken, { action: "reply", expectedVersion: 1, outcome: "unclear", reasonCode: "4.3" });
    expect(unclear.status).toBe(422);
    expect((await act(c.trackingNumber, staffToken, { action: "close", expectedVersion: 1 })).status).toBe(422);
    expect((await act(c.trackingNumber, staffToken, { action: "abandon", expectedVersion: 1 })).status).toBe(422);
    expect((await act("GK-1999-000009", staffToken, { action: "close", expectedVersion: 1 })).status).toBe(404);
    expect((await act(c.trackingNumber, citizenToken, { action: "close", expectedVersion: 1 })).status).toBe(403);
    expect(await auditCount(c.trackingNumber)).toBe(before);
    const [row] = await sql()<{ version: number; status: string }[]>`select version, status from cases where tracking_number = ${c.trackingNumber}`;
    expect(row).toEqual({ version: 1, status: "received" });
  });

  it("lets exactly one of two simultaneous actions on a case win, for several kinds of action: the other gets 409 and writes nothing", async () => {
    const assignee = await createTestUser(["staff"]);
    const bodies: Record<string, Record<string, unknown>> = {
      reply: { action: "reply", expectedVersion: 1, outcome: "disclosed", reasonCode: "1" },
      replyNotExist: { action: "reply", expectedVersion: 1, outcome: "not_exist", reasonCode: "4.1" },
      clarification: { action: "request_clarification", expectedVersion: 1, message: "请补充所需信息的时间范围。", deadline: plusDays(today, 15) },
      extension: { action: "request_extension", expectedVersion: 1, reason: "需要调取多个部门的档案。" },
      assign: { action: "assign", expectedVersion: 1, assigneeEmail: assignee.email },
      withdraw: { action: "withdraw", expectedVersion: 1, note: "申请人来电撤回。" },
      consultation: { action: "start_consultation", expectedVersion: 1, party: "某第三方企业" },
      fee: { action: "issue_fee_notice", expectedVersion: 1, amountYuan: 20 },
    };
    // What each action writes when it runs alone (its event, and the document it issues if any).
    const alone: Record<string, number> = {};
    for (const [name, body] of Object.entries(bodies)) {
      const c = await registerLetter();
      const before = await auditCount(c.trackingNumber);
      expect((await act(c.trackingNumber, staffToken, body)).status, name).toBe(200);
      alone[name] = (await auditCount(c.trackingNumber)) - before;
    }
    const races: [string, string][] = [
      ["reply", "replyNotExist"],
      ["clarification", "extension"],
      ["assign", "withdraw"],
      ["consultation", "fee"],
      ["reply", "clarification"],
    ];
    for (const [x, y] of races) {
      const c = await registerLetter();
      const before = await auditCount(c.trackingNumber);
      const [a, b] = await Promise.all([act(c.trackingNumber, staffToken, bodies[x]!), act(c.trackingNumber, supervisorToken, bodies[y]!)]);
      expect([a.status, b.status].sort(), `${x} vs ${y}`).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body.error.code).toBe("conflict");
      const winner = a.status === 200 ? x : y;
      expect(await auditCount(c.trackingNumber), `${x} vs ${y}: only ${winner}'s events`).toBe(before + alone[winner]!);
      const [row] = await sql()<{ version: number }[]>`select version from cases where tracking_number = ${c.trackingNumber}`;
      expect(row?.version).toBe(2);
    }
  });

  it("lists cases by status with keyset pagination", async () => {
    for (let i = 0; i < 3; i++) await registerLetter();
    const first = await api("GET", "/cases?status=received&limit=2", staffToken);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api("GET", `/cases?status=received&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, staffToken);
    const seen = [...first.body.items, ...second.body.items].map((i: { trackingNumber: string }) => i.trackingNumber);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await api("GET", "/cases?overdue=maybe", staffToken)).status).toBe(400);
    expect((await api("GET", "/cases", citizenToken)).status).toBe(403);
  });
});

describe("abandon job", () => {
  it("abandons a case whose 补正 deadline passed, dated the day after the deadline (6.1)", async () => {
    const c = await registerLetter();
    const clar = await act(c.trackingNumber, staffToken, { action: "request_clarification", expectedVersion: 1, message: "请说明所需信息的年份。", deadline: plusDays(today, 10) });
    expect(clar.status).toBe(200);
    // Let the deadline pass: move the notice and its deadline into the past (the job compares with today).
    const deadline = plusDays(today, -3);
    await sql()`update cases set facts = jsonb_set(jsonb_set(facts, '{clarification,deadline}', to_jsonb(${deadline}::text)), '{clarification,requestedAt}', to_jsonb(${plusDays(today, -10)}::text)),
      received_at = ${plusDays(today, -12)} where tracking_number = ${c.trackingNumber}`;
    const { abandoned } = await abandonOverdueCases(await getDb(), today);
    expect(abandoned).toContain(c.trackingNumber);
    const [row] = await sql()<{ status: string; ending_code: string; ended_at: string }[]>`
      select status, ending_code, ended_at::text from cases where tracking_number = ${c.trackingNumber}`;
    expect(row).toEqual({ status: "abandoned", ending_code: "6.1", ended_at: plusDays(deadline, 1) });
    const [event] = await sql()<{ actor_kind: string }[]>`select actor_kind from audit_events where action = 'case.abandoned' and case_id = (select id from cases where tracking_number = ${c.trackingNumber})`;
    expect(event?.actor_kind).toBe("system");
    // Running again changes nothing.
    expect((await abandonOverdueCases(await getDb(), today)).abandoned).not.toContain(c.trackingNumber);
  });
});
