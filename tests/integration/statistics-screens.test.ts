import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { countWorkingDaysBetween, createWorkCalendar } from "@/lib/domain/calendar";
import { getDashboard } from "@/lib/server/statistics/dashboard-data";
import { getReportProse } from "@/lib/server/statistics/get-report-prose";
import { saveReportProse } from "@/lib/server/statistics/save-report-prose";
import { reportProseSchema } from "@/lib/validation/statistics-actions";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestUser } from "../support/factories";
import { createTestDepartment, insertTestCases } from "../support/statistics-fixtures";

/**
 * The supervisor statistics screens' own server parts: the session-authenticated export route, the dashboard's
 * aggregates (on a department of this file's own, in 2023, so no other test's cases count), and the annual
 * report's versioned prose.
 */

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const year = Number(today.slice(0, 4));

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

let supervisorCookie: string;
let staffCookie: string;
let supervisorId: string;
let exportDepartment: string;

beforeAll(async () => {
  const supervisor = await createTestUser(["staff", "supervisor"], { name: "统计测试负责人" });
  const staff = await createTestUser(["staff"]);
  supervisorId = supervisor.id;
  supervisorCookie = await signIn(supervisor.email, supervisor.password);
  staffCookie = await signIn(staff.email, staff.password);
  exportDepartment = await createTestDepartment();
  await insertTestCases([
    { departmentId: exportDepartment, receivedAt: `${year}-01-02`, channel: "letter", applicantType: "natural_person", organizationType: null, outcome: "disclosed", reasonCode: "1", repliedAt: `${year}-01-05` },
    { departmentId: exportDepartment, receivedAt: `${year}-01-03`, channel: "online", applicantType: "natural_person", organizationType: null },
  ]);
});

afterAll(async () => {
  await closeSql();
  await closeDb();
});

const exportUrl = (query: string) => `${baseUrl()}/supervisor/statistics/${year}/export?department=${exportDepartment}&${query}`;

describe("GET /supervisor/statistics/{year}/export (the browser's download)", () => {
  it("sends a visitor without a session to sign in, and answers 401 / 403 JSON to a bad or insufficient session", async () => {
    const anonymous = await fetch(exportUrl("format=csv"), { redirect: "manual" });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toMatch(/\/signin\?callbackUrl=/);

    const forged = await fetch(exportUrl("format=csv"), { headers: { cookie: "authjs.session-token=forged" }, redirect: "manual" });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ error: { code: "unauthorized" } });

    const staff = await fetch(exportUrl("format=csv"), { headers: { cookie: staffCookie }, redirect: "manual" });
    expect(staff.status).toBe(403);
    expect(await staff.json()).toEqual({ error: { code: "forbidden" } });
  });

  it("gives the supervisor the department's CSV and XLSX, live or as published", async () => {
    const csv = await fetch(exportUrl("format=csv"), { headers: { cookie: supervisorCookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.csv"; filename\*=UTF-8''/);
    expect(csv.headers.get("cache-control")).toBe("private, no-store");
    const text = await csv.text();
    expect(text).toContain(",申请总数,,2,format2011/table2/applications/total");
    expect(text).toContain(",5.信函申请数,,1,format2011/table2/applications/letter");
    expect(text).toContain(",对申请的答复总数,,1,format2011/table2/replies/total");

    const xlsx = await fetch(exportUrl("format=xlsx"), { headers: { cookie: supervisorCookie } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["2011年格式", "2021年格式"]);

    // Never published: no frozen file to give.
    const published = await fetch(exportUrl("format=xlsx&version=published"), { headers: { cookie: supervisorCookie } });
    expect(published.status).toBe(404);
  });

  it("refuses an impossible year, format or department", async () => {
    const get = (url: string) => fetch(url, { headers: { cookie: supervisorCookie } });
    expect((await get(`${baseUrl()}/supervisor/statistics/1999/export?format=csv`)).status).toBe(400);
    expect((await get(`${baseUrl()}/supervisor/statistics/${year}/export?format=pdf`)).status).toBe(400);
    expect((await get(`${baseUrl()}/supervisor/statistics/${year}/export?format=json`)).status).toBe(400);
    const unknown = await get(`${baseUrl()}/supervisor/statistics/${year}/export?format=csv&department=00000000-0000-4000-8000-000000000000`);
    expect(unknown.status).toBe(404);
  });
});

describe("the dashboard's aggregates", () => {
  const Y = 2023;
  const asOf = "2023-07-20";
  let department: string;
  let caseIds: string[];

  beforeAll(async () => {
    department = await createTestDepartment({ name: "概览测试部门" });
    const rows = await insertTestCases([
      { departmentId: department, receivedAt: "2023-03-06", channel: "online", applicantType: "natural_person", organizationType: null, outcome: "disclosed", reasonCode: "1", repliedAt: "2023-03-10" },
      { departmentId: department, receivedAt: "2023-03-07", channel: "letter", applicantType: "organization", organizationType: "commercial", outcome: "refused", reasonCode: "3.1", repliedAt: "2023-04-17" },
      { departmentId: department, receivedAt: "2023-06-01", channel: "email", applicantType: "natural_person", organizationType: null, endingCode: "6.3", endedAt: "2023-06-05" },
      { departmentId: department, receivedAt: "2023-06-12", channel: "online", applicantType: "natural_person", organizationType: null },
      { departmentId: department, receivedAt: "2023-07-18", channel: "online", applicantType: "natural_person", organizationType: null },
    ]);
    caseIds = rows.map((r) => r.id);
    // Due dates as the workflow would have kept them: the first reply on time, the second late; one open case overdue.
    const due = ["2023-04-03", "2023-04-04", null, "2023-07-10", "2023-08-15"];
    for (const [i, id] of caseIds.entries()) await sql()`update cases set due_date = ${due[i] ?? null} where id = ${id}`;
  });

  it("counts requests per month by channel, the outcome mix, timeliness, the backlog by age and overdue by department", async () => {
    const d = await getDashboard(await getDb(), { year: Y, departmentId: department, today: asOf });
    expect(d.months).toHaveLength(12);
    expect(d.months[2]).toMatchObject({ month: 3, total: 2, byChannel: { online: 1, letter: 1, email: 0 } });
    expect(d.months[5]).toMatchObject({ month: 6, total: 2, byChannel: { email: 1, online: 1 } });
    expect(d.months[6]).toMatchObject({ month: 7, total: 1, byChannel: { online: 1 } });
    expect(d.months.reduce((s, m) => s + m.total, 0)).toBe(5);

    const mix = Object.fromEntries(d.outcomes.map((o) => [o.key, o.count]));
    expect(mix).toEqual({ disclosed: 1, partially_disclosed: 0, refused: 1, not_exist: 0, not_this_agency: 0, unclear: 0, "6.1": 0, "6.2": 0, "6.3": 1 });

    const cal = createWorkCalendar();
    const days = [countWorkingDaysBetween(cal, "2023-03-06", "2023-03-10"), countWorkingDaysBetween(cal, "2023-03-07", "2023-04-17")];
    expect(d.timeliness).toEqual({ replies: 2, onTime: 1, withDueDate: 2, onTimeRate: 50, medianWorkingDays: (days[0]! + days[1]!) / 2 });

    const ages = [countWorkingDaysBetween(cal, "2023-06-12", asOf), countWorkingDaysBetween(cal, "2023-07-18", asOf)];
    expect(ages[0]).toBeGreaterThan(20);
    expect(d.backlog.open).toBe(2);
    expect(Object.fromEntries(d.backlog.buckets.map((b) => [b.key, b.count]))).toEqual({ upTo5: 1, upTo10: 0, upTo15: 0, upTo20: 0, over20: 1 });

    expect(d.overdue).toEqual([{ departmentId: department, name: "概览测试部门", overdue: 1 }]);
  });

  it("includes sub-departments, and nothing of other departments", async () => {
    const child = await createTestDepartment({ parentId: department });
    await insertTestCases([{ departmentId: child, receivedAt: "2023-03-20", channel: "fax", applicantType: "natural_person", organizationType: null }]);
    const other = await createTestDepartment();
    await insertTestCases([{ departmentId: other, receivedAt: "2023-03-21", channel: "fax", applicantType: "natural_person", organizationType: null }]);
    const d = await getDashboard(await getDb(), { year: Y, departmentId: department, today: asOf });
    expect(d.months[2]).toMatchObject({ total: 3, byChannel: { fax: 1 } });
    expect(d.backlog.open).toBe(3);
  });
});

describe("the annual report's prose", () => {
  const Y = 2010;

  it("is saved as versions with who and when, a stale save refused with 409, each save audited", async () => {
    const db = await getDb();
    const actor = { kind: "user" as const, userId: supervisorId };
    const start = (await getReportProse(db, Y))?.version ?? null;
    const first = reportProseSchema.parse({ overview: "  全年工作平稳。\r\n\r\n第二段。 ", problems: "", other: "无。" });
    expect(first.overview).toBe("全年工作平稳。\n\n第二段。");
    const v1 = await saveReportProse(db, { year: Y, expectedVersion: start, prose: first, actor });
    expect(v1.version).toBe((start ?? 0) + 1);
    const v2 = await saveReportProse(db, { year: Y, expectedVersion: v1.version, prose: { ...first, problems: "办理时限偏紧。" }, actor });
    expect(v2.version).toBe(v1.version + 1);

    await expect(saveReportProse(db, { year: Y, expectedVersion: v1.version, prose: first, actor })).rejects.toMatchObject({ code: "conflict" });

    const latest = await getReportProse(db, Y);
    expect(latest).toMatchObject({ year: Y, version: v2.version, overview: "全年工作平稳。\n\n第二段。", problems: "办理时限偏紧。", other: "无。" });
    expect(latest!.savedBy).toEqual({ id: supervisorId, name: "统计测试负责人" });
    const [audits] = await sql()<{ n: number }[]>`
      select count(*)::int as n from audit_events where action = 'statistics.report_prose_saved' and actor_user_id = ${supervisorId}`;
    expect(audits!.n).toBe(2);
  });

  it("refuses control characters and over-long text", () => {
    expect(reportProseSchema.safeParse({ overview: "a\u0007b", problems: "", other: "" }).success).toBe(false);
    expect(reportProseSchema.safeParse({ overview: "字".repeat(20_001), problems: "", other: "" }).success).toBe(false);
    expect(reportProseSchema.safeParse({ overview: "一\n二\t三", problems: "", other: "" }).success).toBe(true);
  });
});
