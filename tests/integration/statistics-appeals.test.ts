import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";
import { createTestDepartment } from "../support/statistics-fixtures";

// The appeals registry (domain.md §6) through its API, and how appeals land in 附表4 and table 四.

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
let staffToken: string;
let supervisorToken: string;
let citizenToken: string;
let departmentId: string;
let trackingNumber: string;

async function api(method: string, path: string, token: string | null, body?: unknown) {
  const res = await fetch(`${baseUrl()}/api/v1${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  staffToken = await createTestToken((await createTestUser(["staff"])).id);
  supervisorToken = await createTestToken((await createTestUser(["supervisor"])).id);
  citizenToken = await createTestToken((await createTestUser(["citizen"])).id);
  departmentId = await createTestDepartment();
  const c = await api("POST", "/cases", staffToken, { ...naturalPersonBody(), channel: "letter", receivedAt: "2025-11-03" });
  expect(c.status).toBe(201);
  trackingNumber = c.body.trackingNumber;
  expect((await api("POST", `/cases/${trackingNumber}/actions`, staffToken, { action: "assign", expectedVersion: 1, departmentId })).status).toBe(200);
  expect((await api("POST", `/cases/${trackingNumber}/actions`, staffToken, { action: "reply", expectedVersion: 2, outcome: "refused", reasonCode: "3.4", repliedAt: "2025-11-20" })).status).toBe(200);
});

afterAll(async () => {
  await closeSql();
  await closeDb();
});

const appeals = () => `/cases/${trackingNumber}/appeals`;
const statistics = async (year: number) => (await api("GET", `/statistics/${year}?department=${departmentId}`, supervisorToken)).body;

describe("appeals registry", () => {
  it("records an appeal on a case, lists it, and refuses what cannot stand", async () => {
    const created = await api("POST", appeals(), staffToken, { kind: "reconsideration", filedAt: "2025-12-15" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ trackingNumber, kind: "reconsideration", filedAt: "2025-12-15", result: "pending", closedAt: null, afterUnsatisfactoryFirstHandling: false, note: null, version: 1 });
    const listed = await api("GET", appeals(), staffToken);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([created.body.id]);

    const refused = async (body: Record<string, unknown>) => {
      const r = await api("POST", appeals(), staffToken, body);
      expect(r.status, JSON.stringify(body)).toBe(422);
      return r.body.error.reason as string;
    };
    expect(await refused({ kind: "reconsideration", filedAt: plusDays(today, 1) })).toBe("appeal.filedInFuture");
    expect(await refused({ kind: "reconsideration", filedAt: "2025-11-02" })).toBe("appeal.filedBeforeReceived");
    expect(await refused({ kind: "litigation_direct", filedAt: "2025-12-01", result: "upheld" })).toBe("appeal.closedAtRequired");
    expect(await refused({ kind: "litigation_direct", filedAt: "2025-12-01", closedAt: "2025-12-20" })).toBe("appeal.pendingHasClosedAt");
    expect(await refused({ kind: "litigation_direct", filedAt: "2025-12-01", result: "corrected", closedAt: "2025-11-30" })).toBe("appeal.closedBeforeFiled");
    expect(await refused({ kind: "reconsideration", filedAt: "2025-12-01", afterUnsatisfactoryFirstHandling: true })).toBe("appeal.firstHandlingOnlyForComplaints");
    for (const body of [{ kind: "appeal", filedAt: "2025-12-01" }, { kind: "complaint", filedAt: "2025-02-30" }, { kind: "complaint", filedAt: "2025-12-01", extra: 1 }, { filedAt: "2025-12-01" }]) {
      expect((await api("POST", appeals(), staffToken, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await api("POST", "/cases/GK-1999-000001/appeals", staffToken, { kind: "complaint", filedAt: "2025-12-01" })).status).toBe(404);
    expect((await api("POST", appeals(), citizenToken, { kind: "complaint", filedAt: "2025-12-01" })).status).toBe(403);
    expect((await api("GET", appeals(), null)).status).toBe(401);
    expect((await api("GET", appeals(), staffToken)).body.items).toHaveLength(1);
  });

  it("counts an appeal in the year filed with its result as of 31 Dec; updates are versioned and audited", async () => {
    const [first] = (await api("GET", appeals(), staffToken)).body.items;
    // Decided after the year end: still 尚未审结 in the year it was filed.
    const decided = await api("PATCH", `${appeals()}/${first.id}`, staffToken, { expectedVersion: 1, result: "upheld", closedAt: "2026-01-10" });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ result: "upheld", closedAt: "2026-01-10", version: 2 });
    expect((await api("PATCH", `${appeals()}/${first.id}`, staffToken, { expectedVersion: 1, result: "corrected" })).status).toBe(409);
    expect((await api("PATCH", `${appeals()}/${first.id}`, staffToken, { expectedVersion: 2, result: "pending", closedAt: "2026-01-10" })).status).toBe(422);
    expect((await api("PATCH", `${appeals()}/00000000-0000-4000-8000-000000000000`, staffToken, { expectedVersion: 1 })).status).toBe(404);

    const litigation = await api("POST", appeals(), staffToken, { kind: "litigation_after_reconsideration", filedAt: "2025-12-20", result: "corrected", closedAt: "2025-12-30" });
    expect(litigation.status).toBe(201);
    const complaint = await api("POST", appeals(), staffToken, { kind: "complaint", filedAt: "2026-01-05", afterUnsatisfactoryFirstHandling: true, note: "对首次答复不满意" });
    expect(complaint.status).toBe(201);

    const y2025 = await statistics(2025);
    expect(y2025.format2011.table4).toEqual({ reconsiderations: 1, lawsuits: 1, complaints: 0, complaintsAfterFirstHandling: 0 });
    expect(y2025.format2021.table4).toEqual({
      reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      litigationAfterReconsideration: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
    });
    const y2026 = await statistics(2026);
    expect(y2026.format2011.table4).toEqual({ reconsiderations: 0, lawsuits: 0, complaints: 1, complaintsAfterFirstHandling: 1 });
    expect(y2026.format2021.table4.reconsideration.total).toBe(0);

    const audits = await sql()<{ action: string }[]>`
      select action from audit_events where case_id = (select id from cases where tracking_number = ${trackingNumber}) and action like 'appeal.%' order by id`;
    expect(audits.map((a) => a.action).sort()).toEqual(["appeal.created", "appeal.created", "appeal.created", "appeal.updated"]);
  });
});
