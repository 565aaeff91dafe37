import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_NAMES } from "@/lib/domain/workflow/actions";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";

/**
 * Every workflow action of `POST /api/v1/cases/{trackingNumber}/actions`, each through the same five doors:
 * 400 for a malformed body, 403 for a caller whose role lacks the right, 409 for a stale version, 422 where the
 * transition table does not allow it now — each of those writing nothing — and 200 with the version raised and
 * the action's own audit event (plus one per document it issues).
 */

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

let staffToken: string;
let supervisorToken: string;
let citizenToken: string;
let staffEmail: string;

beforeAll(async () => {
  const staff = await createTestUser(["staff"]);
  staffEmail = staff.email;
  staffToken = await createTestToken(staff.id);
  supervisorToken = await createTestToken((await createTestUser(["staff", "supervisor"])).id);
  citizenToken = await createTestToken((await createTestUser(["citizen"])).id);
});
afterAll(() => closeSql());

type Answer = {
  error?: { code: string; fields?: Record<string, string> };
  trackingNumber: string;
  version: number;
  status?: string;
  dueDate?: string;
  dueDateProvisional?: boolean;
};

async function api(path: string, token: string, body: unknown) {
  const res = await fetch(`${baseUrl()}/api/v1${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
    redirect: "manual",
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Answer, text };
}

type Case = { trackingNumber: string; version: number };

async function act(c: Case, token: string, body: Record<string, unknown>) {
  return api(`/cases/${c.trackingNumber}/actions`, token, { expectedVersion: c.version, ...body });
}

async function ok(c: Case, body: Record<string, unknown>, token = staffToken): Promise<Case> {
  const r = await act(c, token, body);
  expect(r.status, r.text).toBe(200);
  return { trackingNumber: c.trackingNumber, version: r.body.version as number };
}

async function fresh(): Promise<Case> {
  const r = await api("/cases", staffToken, { ...naturalPersonBody(), channel: "letter", receivedAt: today });
  expect(r.status, r.text).toBe(201);
  return { trackingNumber: r.body.trackingNumber, version: r.body.version };
}

const clarification = { action: "request_clarification", message: "请说明所需信息的年份和范围。", deadline: plusDays(today, 15) };
const setups = {
  fresh,
  awaitingClarification: async () => ok(await fresh(), clarification),
  consulting: async () => ok(await fresh(), { action: "start_consultation", party: "某某科技有限公司", startedAt: today }),
  awaitingFee: async () => ok(await fresh(), { action: "issue_fee_notice", amountYuan: 30 }),
  extensionPending: async () => ok(await fresh(), { action: "request_extension", reason: "需要调取多个部门的档案。" }),
  replied: async () => ok(await fresh(), { action: "reply", outcome: "disclosed", reasonCode: "1" }),
  /** A 补正 notice whose deadline passed three days ago (moved into the past: the guard compares with today). */
  clarificationMissed: async () => {
    const c = await ok(await fresh(), clarification);
    await sql()`update cases set facts = jsonb_set(jsonb_set(facts, '{clarification,deadline}', to_jsonb(${plusDays(today, -3)}::text)),
      '{clarification,requestedAt}', to_jsonb(${plusDays(today, -10)}::text)), received_at = ${plusDays(today, -12)}
      where tracking_number = ${c.trackingNumber}`;
    return c;
  },
} satisfies Record<string, () => Promise<Case>>;

type Spec = {
  action: string;
  /** The state in which the action is allowed, and one in which the table forbids it. */
  allowedIn: keyof typeof setups;
  forbiddenIn: keyof typeof setups;
  body: () => Record<string, unknown>;
  /** The same body with one field of the wrong type or shape. */
  malformed: Record<string, unknown>;
  /** Who may act: the staff token, or only a supervisor. */
  supervisorOnly?: boolean;
  /** Audit events written by a successful action: its own, plus one per document issued. */
  events: number;
};

const SPECS: Spec[] = [
  { action: "assign", allowedIn: "fresh", forbiddenIn: "replied", body: () => ({ assigneeEmail: staffEmail }), malformed: { assigneeEmail: "not an address" }, events: 1 },
  { action: "request_clarification", allowedIn: "fresh", forbiddenIn: "replied", body: () => ({ message: clarification.message, deadline: clarification.deadline }), malformed: { message: clarification.message, deadline: "2026-02-30" }, events: 2 },
  { action: "receive_clarification", allowedIn: "awaitingClarification", forbiddenIn: "fresh", body: () => ({ receivedAt: today }), malformed: { receivedAt: 20261130 }, events: 1 },
  { action: "start_consultation", allowedIn: "fresh", forbiddenIn: "replied", body: () => ({ party: "某某科技有限公司", startedAt: today }), malformed: { party: ["某某科技有限公司"] }, events: 2 },
  { action: "end_consultation", allowedIn: "consulting", forbiddenIn: "replied", body: () => ({ endedAt: today }), malformed: { endedAt: "today" }, events: 1 },
  { action: "issue_fee_notice", allowedIn: "fresh", forbiddenIn: "replied", body: () => ({ amountYuan: 30 }), malformed: { amountYuan: "30" }, events: 2 },
  { action: "record_fee_payment", allowedIn: "awaitingFee", forbiddenIn: "fresh", body: () => ({ paidAt: today }), malformed: { paidAt: null }, events: 1 },
  { action: "request_extension", allowedIn: "fresh", forbiddenIn: "replied", body: () => ({ reason: "需要调取多个部门的档案。" }), malformed: { reason: 7 }, events: 1 },
  { action: "approve_extension", allowedIn: "extensionPending", forbiddenIn: "fresh", body: () => ({}), malformed: { workingDays: 21 }, supervisorOnly: true, events: 2 },
  { action: "refuse_extension", allowedIn: "extensionPending", forbiddenIn: "fresh", body: () => ({ note: "理由不足。" }), malformed: { note: { text: "x" } }, supervisorOnly: true, events: 1 },
  { action: "reply", allowedIn: "fresh", forbiddenIn: "replied", body: () => ({ outcome: "partially_disclosed", reasonCode: "2", letter: "经审查，予以部分公开。" }), malformed: { outcome: "partially_disclosed", reasonCode: 2 }, events: 2 },
  { action: "withdraw", allowedIn: "fresh", forbiddenIn: "replied", body: () => ({ note: "申请人来电撤回。" }), malformed: { withdrawnAt: "30/11/2026" }, events: 1 },
  { action: "abandon", allowedIn: "clarificationMissed", forbiddenIn: "awaitingClarification", body: () => ({}), malformed: { reason: "逾期" }, events: 1 },
  { action: "close", allowedIn: "replied", forbiddenIn: "fresh", body: () => ({}), malformed: { expectedVersion: "2" }, events: 1 },
];

async function footprint(c: Case) {
  const [row] = await sql()<{ version: number; status: string; events: number; documents: number }[]>`
    select c.version, c.status,
      (select count(*)::int from audit_events a where a.case_id = c.id) as events,
      (select count(*)::int from case_documents d where d.case_id = c.id) as documents
    from cases c where c.tracking_number = ${c.trackingNumber}`;
  return row!;
}

describe("every case action through 400, 403, 409, 422 and 200", () => {
  it("covers every action the API accepts", () => {
    expect(SPECS.map((s) => s.action)).toEqual([...ACTION_NAMES]);
  });

  for (const spec of SPECS) {
    it(`${spec.action}: refusals write nothing; success raises the version with ${spec.events} audit event(s)`, async () => {
      const actor = spec.supervisorOnly ? supervisorToken : staffToken;
      const c = await setups[spec.allowedIn]();
      const before = await footprint(c);
      const body = { action: spec.action, ...spec.body() };

      const malformed = await act(c, actor, { ...body, ...spec.malformed });
      expect(malformed.status, malformed.text).toBe(400);
      expect(malformed.body.error?.code).toBe("validation");
      expect(Object.keys(malformed.body.error?.fields ?? {}).length, malformed.text).toBeGreaterThan(0);
      const unknownField = await act(c, actor, { ...body, colour: "blue" });
      expect(unknownField.status, unknownField.text).toBe(400);

      const citizen = await act(c, citizenToken, body);
      expect(citizen.status, citizen.text).toBe(403);
      if (spec.supervisorOnly) expect((await act(c, staffToken, body)).status).toBe(403);

      const stale = await act({ ...c, version: c.version + 5 }, actor, body);
      expect(stale.status, stale.text).toBe(409);
      expect(stale.body.error?.code).toBe("conflict");
      expect(await footprint(c)).toEqual(before);

      const other = await setups[spec.forbiddenIn]();
      const otherBefore = await footprint(other);
      const forbidden = await act(other, actor, body);
      expect(forbidden.status, forbidden.text).toBe(422);
      expect(forbidden.body.error?.code).toBe("not_allowed");
      expect(await footprint(other)).toEqual(otherBefore);

      const done = await act(c, actor, body);
      expect(done.status, done.text).toBe(200);
      expect(done.body).toMatchObject({ version: c.version + 1 });
      expect(typeof done.body.status).toBe("string");
      expect("dueDate" in done.body && "dueDateProvisional" in done.body).toBe(true);
      const after = await footprint(c);
      expect(after.version).toBe(before.version + 1);
      expect(after.events - before.events).toBe(spec.events);
      expect(after.events - before.events - 1).toBe(after.documents - before.documents);
    });
  }
});
