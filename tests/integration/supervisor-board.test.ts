import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { addWorkingDays, createWorkCalendar } from "@/lib/domain/calendar";
import { listPendingExtensions } from "@/lib/server/cases/list-pending-extensions";
import { summarizeDeadlines } from "@/lib/server/cases/summarize-deadlines";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";

// The supervisor board's two queries, against the database the app writes (cases made through the staff API).

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const cal = createWorkCalendar();
let token: string;

beforeAll(async () => {
  token = await createTestToken((await createTestUser(["staff"])).id);
});
afterAll(async () => {
  await closeSql();
  await closeDb();
});

async function api(path: string, body: unknown) {
  const res = await fetch(`${baseUrl()}/api/v1${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status, path).toBeLessThan(300);
  return (await res.json()) as { trackingNumber: string; dueDate: string; version: number };
}

const registerLetter = () => api("/cases", { ...naturalPersonBody(), channel: "letter", receivedAt: today });

describe("supervisor board", () => {
  it("lists a pending extension with the due date approval would give, and only while it is pending", async () => {
    const c = await registerLetter();
    await api(`/cases/${c.trackingNumber}/actions`, { action: "request_extension", expectedVersion: 1, reason: "需要调取历年档案。" });
    const db = await getDb();
    const pending = await listPendingExtensions({ today, roles: ["staff", "supervisor"] }, db);
    expect(pending.find((p) => p.trackingNumber === c.trackingNumber)).toMatchObject({
      version: 2,
      applicantName: "王小明",
      dueDate: c.dueDate,
      reason: "需要调取历年档案。",
      requestedAt: today,
      extendedDueDate: addWorkingDays(cal, c.dueDate, 20).date,
      canApprove: true,
      canRefuse: true,
    });
    // A staff member without the supervisor role is shown no decision.
    const asStaff = await listPendingExtensions({ today, roles: ["staff"] }, db);
    expect(asStaff.find((p) => p.trackingNumber === c.trackingNumber)).toMatchObject({ canApprove: false, canRefuse: false });

    const supervisorToken = await createTestToken((await createTestUser(["staff", "supervisor"])).id);
    const refused = await fetch(`${baseUrl()}/api/v1/cases/${c.trackingNumber}/actions`, {
      method: "POST",
      headers: { authorization: `Bearer ${supervisorToken}`, "content-type": "application/json" },
      body: JSON.stringify({ action: "refuse_extension", expectedVersion: 2 }),
    });
    expect(refused.status).toBe(200);
    const after = await listPendingExtensions({ today, roles: ["supervisor"] }, db);
    expect(after.some((p) => p.trackingNumber === c.trackingNumber)).toBe(false);
  });

  it("counts overdue and due-soon open cases per department and per assignee, as the queue defines them", async () => {
    const [dept] = await sql()<{ id: string }[]>`
      insert into departments (name, code) values ('测试督办部门', ${`T${crypto.randomBytes(4).toString("hex")}`}) returning id`;
    const worker = await createTestUser(["staff"], { name: "测试承办人" });
    const dueSoonLimit = addWorkingDays(cal, today, 3).date;
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    // One overdue, one due today (due soon), one due later (neither), one overdue but answered (not open).
    const dues = [yesterday, today, addWorkingDays(cal, today, 10).date, yesterday];
    const cases = await Promise.all(dues.map(() => registerLetter()));
    for (const [i, c] of cases.entries()) {
      await sql()`update cases set due_date = ${dues[i]!}, department_id = ${dept!.id}, assignee_id = ${worker.id} where tracking_number = ${c.trackingNumber}`;
    }
    await sql()`update cases set status = 'replied' where tracking_number = ${cases[3]!.trackingNumber}`;

    const summary = await summarizeDeadlines(today, await getDb());
    expect(summary.dueSoonLimit).toBe(dueSoonLimit);
    expect(summary.byDepartment.find((r) => r.id === dept!.id)).toEqual({ id: dept!.id, name: "测试督办部门", overdue: 1, dueSoon: 1 });
    expect(summary.byAssignee.find((r) => r.id === worker.id)).toEqual({ id: worker.id, name: "测试承办人", overdue: 1, dueSoon: 1 });
    // The totals are the sum of either breakdown.
    const sum = (rows: { overdue: number; dueSoon: number }[]) => rows.reduce((a, r) => ({ overdue: a.overdue + r.overdue, dueSoon: a.dueSoon + r.dueSoon }), { overdue: 0, dueSoon: 0 });
    expect(sum(summary.byDepartment)).toEqual(summary.total);
    expect(sum(summary.byAssignee)).toEqual(summary.total);
  });
});
