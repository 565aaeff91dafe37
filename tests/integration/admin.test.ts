import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { addWorkingDays, createWorkCalendar, statutoryHolidays } from "@/lib/domain/calendar";
import type { Actor } from "@/lib/server/audit/record-audit";
import { applyCalendarChange } from "@/lib/server/admin/apply-calendar-change";
import { previewCalendarChange } from "@/lib/server/admin/preview-calendar-change";
import { createDepartment } from "@/lib/server/admin/create-department";
import { moveDepartment } from "@/lib/server/admin/move-department";
import { recomputeDueDates } from "@/lib/server/admin/recompute-due-dates";
import { retryMail } from "@/lib/server/admin/retry-mail";
import { setUserDisabled } from "@/lib/server/admin/set-user-disabled";
import { updateUserAccess } from "@/lib/server/admin/update-user-access";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";

// Calendar changes are global: these tests use a window (spring 2024) no other test's cases live in, and undo
// what they add, so tests that compute due dates with the plain calendar are never disturbed.

let staffToken: string;
let admin: Actor;
let adminCookie: string;
let staffCookie: string;

async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl()}/home` }),
    redirect: "manual",
  });
  const session = res.headers.getSetCookie().find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return session.split(";")[0]!;
}

async function registerLetter(receivedAt: string) {
  const res = await fetch(`${baseUrl()}/api/v1/cases`, {
    method: "POST",
    headers: { authorization: `Bearer ${staffToken}`, "content-type": "application/json" },
    body: JSON.stringify({ ...naturalPersonBody(), channel: "letter", receivedAt }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { trackingNumber: string; dueDate: string; version: number };
}

async function caseRow(tn: string) {
  const [row] = await sql()<{ id: string; due_date: string | null; due_date_provisional: boolean; version: number }[]>`
    select id, due_date::text, due_date_provisional, version from cases where tracking_number = ${tn}`;
  return row!;
}

async function recomputeEvents(caseId: string) {
  return sql()<{ before: Record<string, unknown>; after: Record<string, unknown>; actor_user_id: string | null }[]>`
    select before, after, actor_user_id from audit_events where case_id = ${caseId} and action = 'case.due_date_recomputed' order by id`;
}

beforeAll(async () => {
  const staff = await createTestUser(["staff"]);
  staffToken = await createTestToken(staff.id);
  const adminUser = await createTestUser(["admin"]);
  admin = { kind: "user", userId: adminUser.id };
  adminCookie = await signIn(adminUser.email, adminUser.password);
  staffCookie = await signIn(staff.email, staff.password);
});
afterAll(async () => {
  await closeSql();
  await closeDb();
});

describe("working-day calendar changes", () => {
  it("previews, then saves a holiday that moves an open case's due date: recomputed, audited, version bumped; removing it moves it back", async () => {
    const receivedAt = "2024-04-08";
    const cal = createWorkCalendar();
    const c = await registerLetter(receivedAt);
    expect(c.dueDate).toBe(addWorkingDays(cal, receivedAt, 20).date);
    const holiday = addWorkingDays(cal, receivedAt, 5).date; // a working day inside the reply period
    const movedDue = addWorkingDays(createWorkCalendar({ overrides: [{ date: holiday, kind: "holiday" }] }), receivedAt, 20).date;
    expect(movedDue > c.dueDate).toBe(true);
    const db = await getDb();
    const note = `集成测试假日${Date.now().toString(36)}`;
    const change = { op: "set" as const, date: holiday, kind: "holiday" as const, note };

    const preview = await previewCalendarChange(db, change);
    expect(preview.changes.find((x) => x.trackingNumber === c.trackingNumber)).toMatchObject({
      before: { dueDate: c.dueDate, provisional: false },
      after: { dueDate: movedDue, provisional: false },
    });
    const before = await caseRow(c.trackingNumber);
    expect(before).toMatchObject({ due_date: c.dueDate, version: 1 }); // the preview wrote nothing

    try {
      const saved = await applyCalendarChange(db, admin, change);
      expect(saved.changes.map((x) => x.trackingNumber)).toContain(c.trackingNumber);
      expect(await caseRow(c.trackingNumber)).toMatchObject({ due_date: movedDue, due_date_provisional: false, version: 2 });
      const [event] = await recomputeEvents(before.id);
      expect(event).toMatchObject({
        actor_user_id: "userId" in admin ? admin.userId : null,
        before: { dueDate: c.dueDate, dueDateProvisional: false, version: 1 },
        after: { dueDate: movedDue, dueDateProvisional: false, version: 2, cause: { calendar: "override_set", date: holiday } },
      });
      const [override] = await sql()<{ kind: string; note: string }[]>`select kind, note from calendar_overrides where date = ${holiday}`;
      expect(override).toEqual({ kind: "holiday", note });
      const [setEvent] = await sql()<{ n: number }[]>`
        select count(*)::int as n from audit_events where action = 'calendar.override_set' and entity_id = ${holiday} and after->>'note' = ${note}`;
      expect(setEvent!.n).toBe(1);

      // The API serves the new date and the case's history shows why it moved.
      const detail = await fetch(`${baseUrl()}/api/v1/cases/${c.trackingNumber}`, { headers: { authorization: `Bearer ${staffToken}` } });
      const body = (await detail.json()) as { dueDate: string; version: number; events: { action: string }[] };
      expect(body).toMatchObject({ dueDate: movedDue, version: 2 });
      expect(body.events.map((e) => e.action)).toContain("case.due_date_recomputed");
    } finally {
      await applyCalendarChange(db, admin, { op: "remove", date: holiday });
    }
    expect(await caseRow(c.trackingNumber)).toMatchObject({ due_date: c.dueDate, version: 3 });
    expect(await recomputeEvents(before.id)).toHaveLength(2);
  });

  it("clears the provisional flag when a year's notice is entered in full, and sets it again when that is withdrawn", async () => {
    const db = await getDb();
    // A case whose reply period runs into 2027, a year chinese-days does not cover (today no case can be received
    // that late, so the received date is set directly).
    const receivedAt = "2026-12-10";
    const c = await registerLetter(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()));
    const { id } = await caseRow(c.trackingNumber);
    await sql()`update cases set received_at = ${receivedAt} where id = ${id}`;
    const provisionalDue = addWorkingDays(createWorkCalendar(), receivedAt, 20);
    expect(provisionalDue.provisional).toBe(true);

    // The recompute a job would run brings the stored date in line with the calendar.
    const system = await recomputeDueDates(db, { actor: { kind: "system" } });
    expect(system.find((x) => x.caseId === id)?.after).toEqual({ dueDate: provisionalDue.date, provisional: true });
    const v1 = await caseRow(c.trackingNumber);
    expect(v1).toMatchObject({ due_date: provisionalDue.date, due_date_provisional: true });

    const lines = statutoryHolidays(2027).map((h) => `${h.date} holiday ${h.name}`).join("\n");
    try {
      const preview = await previewCalendarChange(db, { op: "notice", year: 2027, lines, complete: true });
      expect(preview.dates).toHaveLength(statutoryHolidays(2027).length);
      expect(preview.changes.find((x) => x.caseId === id)).toMatchObject({ after: { dueDate: provisionalDue.date, provisional: false } });

      await applyCalendarChange(db, admin, { op: "notice", year: 2027, lines, complete: true });
      expect(await caseRow(c.trackingNumber)).toMatchObject({ due_date: provisionalDue.date, due_date_provisional: false, version: v1.version + 1 });
      const events = await recomputeEvents(id);
      expect(events.at(-1)).toMatchObject({
        before: { dueDateProvisional: true },
        after: { dueDateProvisional: false, cause: { calendar: "notice_entered", year: 2027, complete: true } },
      });
      const [year] = await sql()<{ n: number }[]>`select count(*)::int as n from calendar_notice_years where year = 2027`;
      expect(year!.n).toBe(1);

      await applyCalendarChange(db, admin, { op: "withdraw_notice", year: 2027 });
      expect(await caseRow(c.trackingNumber)).toMatchObject({ due_date_provisional: true, version: v1.version + 2 });
    } finally {
      await sql()`delete from calendar_notice_years where year = 2027`;
      await sql()`delete from calendar_overrides where date between '2027-01-01' and '2027-12-31'`;
      await recomputeDueDates(db, { actor: { kind: "system" } });
      await sql()`update cases set status = 'withdrawn', ending_code = '6.3', ended_at = ${receivedAt} where id = ${id}`;
    }
  });

  it("refuses to mark a year the published data covers, and notice lines outside the year, writing nothing", async () => {
    const db = await getDb();
    const before = await sql()<{ n: number }[]>`select count(*)::int as n from audit_events`;
    await expect(applyCalendarChange(db, admin, { op: "notice", year: 2026, lines: "", complete: true })).rejects.toMatchObject({ code: "not_allowed" });
    await expect(applyCalendarChange(db, admin, { op: "notice", year: 2027, lines: "2028-01-03 holiday", complete: false })).rejects.toMatchObject({ code: "validation" });
    const after = await sql()<{ n: number }[]>`select count(*)::int as n from audit_events`;
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe("accounts, departments and mail", () => {
  const actions = async (entityId: string) =>
    (await sql()<{ action: string }[]>`select action from audit_events where entity_id = ${entityId} order by id`).map((r) => r.action);

  it("changes a staff account's roles and department (audited), refuses citizens and an admin's own admin role or account", async () => {
    const db = await getDb();
    const self = admin as Actor & { userId: string };
    const staff = await createTestUser(["staff"]);
    const dept = await createDepartment(db, self, { name: "集成测试分局", code: `IT${Date.now().toString(36).slice(-6).toUpperCase()}` });
    await updateUserAccess(db, self, { userId: staff.id, roles: ["staff", "supervisor"], departmentId: dept.id });
    const [row] = await sql()<{ roles: string[]; department_id: string }[]>`select roles, department_id from users where id = ${staff.id}`;
    expect(row).toEqual({ roles: ["staff", "supervisor"], department_id: dept.id });
    expect(await actions(staff.id)).toEqual(["user.roles_changed", "user.department_changed"]);

    const citizen = await createTestUser(["citizen"]);
    await expect(updateUserAccess(db, self, { userId: citizen.id, roles: ["staff"] })).rejects.toMatchObject({ code: "not_allowed" });
    await expect(updateUserAccess(db, self, { userId: self.userId, roles: ["staff"] })).rejects.toMatchObject({ code: "not_allowed", fields: { roles: "admin.validation.ownAdminRole" } });
    await expect(setUserDisabled(db, self, self.userId, true)).rejects.toMatchObject({ code: "not_allowed", fields: { userId: "admin.validation.selfDisable" } });

    // Disabling a citizen works, and their API token stops at once.
    const token = await createTestToken(citizen.id);
    await setUserDisabled(db, self, citizen.id, true);
    expect((await fetch(`${baseUrl()}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect(await actions(citizen.id)).toEqual(["user.disabled"]);
  });

  it("never lets a department move under itself or a descendant", async () => {
    const db = await getDb();
    const suffix = Date.now().toString(36).slice(-5).toUpperCase();
    const parent = await createDepartment(db, admin, { name: "上级", code: `P${suffix}` });
    const child = await createDepartment(db, admin, { name: "下级", code: `C${suffix}`, parentId: parent.id });
    await expect(moveDepartment(db, admin, { departmentId: parent.id, parentId: child.id })).rejects.toMatchObject({ code: "not_allowed" });
    await expect(moveDepartment(db, admin, { departmentId: parent.id, parentId: parent.id })).rejects.toMatchObject({ code: "not_allowed" });
    await expect(createDepartment(db, admin, { name: "重复", code: `P${suffix}` })).rejects.toMatchObject({ code: "conflict", fields: { code: "admin.validation.codeTaken" } });
    await moveDepartment(db, admin, { departmentId: child.id, parentId: undefined });
    const [row] = await sql()<{ parent_id: string | null }[]>`select parent_id from departments where id = ${child.id}`;
    expect(row!.parent_id).toBeNull();
    expect(await actions(child.id)).toEqual(["department.created", "department.moved"]);
  });

  it("puts a failed mail back in the queue, once", async () => {
    const db = await getDb();
    const [mail] = await sql()<{ id: string }[]>`
      insert into mail_outbox (to_address, subject, body_text, status, attempts, last_error, template, next_attempt_at)
      values ('retry@test.gongkai.cn', '重试测试', '正文', 'failed', 8, 'connection refused', 'test', now() + interval '1 day')
      returning id`;
    await retryMail(db, admin, mail!.id);
    const [row] = await sql()<{ status: string; due: boolean }[]>`select status, next_attempt_at <= now() as due from mail_outbox where id = ${mail!.id}`;
    // The delivery job may already have picked it up.
    expect(["queued", "sending", "sent"]).toContain(row!.status);
    expect(await actions(mail!.id)).toEqual(["mail.retried"]);
    await expect(retryMail(db, admin, mail!.id)).rejects.toMatchObject({ code: "not_allowed" });
  });
});

describe("admin-only access", () => {
  it("sends an anonymous visitor of the audit export to sign in, refuses staff with 403, and gives an admin CSV with a BOM", async () => {
    const anonymous = await fetch(`${baseUrl()}/admin/audit/export`, { redirect: "manual" });
    expect([302, 303, 307]).toContain(anonymous.status);
    expect(anonymous.headers.get("location")).toContain("/signin");

    const staff = await fetch(`${baseUrl()}/admin/audit/export`, { headers: { cookie: staffCookie }, redirect: "manual" });
    expect(staff.status).toBe(403);
    expect(await staff.json()).toEqual({ error: { code: "forbidden" } });

    for (const page of ["/admin", "/admin/calendar", "/admin/users", "/admin/tokens"]) {
      const res = await fetch(`${baseUrl()}${page}`, { headers: { cookie: staffCookie }, redirect: "manual" });
      expect(res.status, page).toBe(403);
    }

    // Something to export: an override set on a Saturday of 2024 (no reply period counts it) and taken off again.
    const db = await getDb();
    await applyCalendarChange(db, admin, { op: "set", date: "2024-07-13", kind: "workday", note: "导出测试" });
    await applyCalendarChange(db, admin, { op: "remove", date: "2024-07-13" });
    const res = await fetch(`${baseUrl()}/admin/audit/export?action=calendar.override_set`, { headers: { cookie: adminCookie }, redirect: "manual" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,at,actor_kind,actor_email,actor_name,action,entity_type,entity_id,tracking_number,before,after,request_id");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes(",calendar.override_set,"))).toBe(true);
    expect(lines.some((l) => l.includes("导出测试") && l.includes(",2024-07-13,"))).toBe(true);
  });
});
