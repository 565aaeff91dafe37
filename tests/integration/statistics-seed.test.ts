import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { listCellCases } from "@/lib/server/statistics/list-cell-cases";
import { closeSql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody, organizationBody } from "../support/request-bodies";
import { createTestDepartment } from "../support/statistics-fixtures";

/**
 * The seed report (2011年广州市公安局政府信息公开年度报告, appendix 附表2) entered through the real code paths:
 * 54 requests (51 网上, 3 信函) registered with the staff API, routed to a department of their own, and answered
 * 34 同意公开 / 4 同意部分公开 / 5 不予公开 / 0 信息不存在 / 7 非本机关政府信息 / 4 申请内容不明确; the seed's one
 * 行政复议 (维持) is registered too (附表4). Then GET /api/v1/statistics/{year}?department= must reproduce 附表2
 * number for number and every check of both formats must pass.
 *
 * The year is the current one (Asia/Shanghai): a 申请内容不明确 reply needs a 补正 notice first, which must be sent
 * within 7 working days of receipt and is dated today; so the four unclear requests are received today, and the
 * others earlier this year (replies back-filled a week after receipt, never after today).
 */

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const year = Number(today.slice(0, 4));
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

type Planned = { outcome: string; reasonCode: string; channel: "online" | "letter" };
const REFUSAL_REASONS = ["3.1", "3.4", "3.7", "5.1", "5.2"];
const PLAN: Planned[] = [
  ...Array.from({ length: 34 }, () => ({ outcome: "disclosed", reasonCode: "1" })),
  ...Array.from({ length: 4 }, () => ({ outcome: "partially_disclosed", reasonCode: "2" })),
  ...REFUSAL_REASONS.map((reasonCode) => ({ outcome: "refused", reasonCode })),
  ...Array.from({ length: 7 }, () => ({ outcome: "not_this_agency", reasonCode: "4.1" })),
  ...Array.from({ length: 4 }, () => ({ outcome: "unclear", reasonCode: "4.3" })),
].map((p, i) => ({ ...p, channel: [10, 36, 45].includes(i) ? ("letter" as const) : ("online" as const) }));

const ORG_TYPES = ["commercial", "research", "public_interest", "legal_service", "other"];

let staffToken: string;
let supervisorToken: string;
let departmentId: string;
const created: { trackingNumber: string; plan: Planned }[] = [];

async function api(method: string, path: string, token: string | null, body?: unknown) {
  const res = await fetch(`${baseUrl()}/api/v1${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: "manual",
  });
  return res;
}

async function ok<T>(method: string, path: string, body: unknown, token = staffToken): Promise<T> {
  const res = await api(method, path, token, body);
  const json = (await res.json()) as T;
  expect(res.status, `${method} ${path} ${JSON.stringify(json)}`).toBeLessThan(300);
  return json;
}

function applicantBody(i: number) {
  // Mostly natural persons; every organisation sub-type appears, so all seven 2021 columns are exercised.
  if (i % 6 !== 5) return naturalPersonBody();
  const org = organizationBody();
  return { ...org, applicant: { ...org.applicant, organizationType: ORG_TYPES[i % ORG_TYPES.length] } };
}

beforeAll(async () => {
  staffToken = await createTestToken((await createTestUser(["staff"])).id);
  supervisorToken = await createTestToken((await createTestUser(["supervisor"])).id);
  departmentId = await createTestDepartment({ name: "种子报告：广州市公安局（2011）" });

  for (const [i, plan] of PLAN.entries()) {
    const unclear = plan.outcome === "unclear";
    const receivedAt = unclear ? today : maxDate(`${year}-01-01`, plusDays(today, -(3 + ((i * 5) % 300))));
    const c = await ok<{ trackingNumber: string; version: number }>("POST", "/cases", { ...applicantBody(i), channel: plan.channel, receivedAt });
    const act = (body: Record<string, unknown>) => ok<{ version: number }>("POST", `/cases/${c.trackingNumber}/actions`, body);
    let { version } = await act({ action: "assign", expectedVersion: c.version, departmentId });
    if (unclear) {
      ({ version } = await act({ action: "request_clarification", expectedVersion: version, message: "请说明所需信息的名称或文号。", deadline: plusDays(today, 15) }));
      ({ version } = await act({ action: "receive_clarification", expectedVersion: version, receivedAt: today }));
    }
    const repliedAt = unclear ? today : minDate(today, plusDays(receivedAt, 7));
    await act({ action: "reply", expectedVersion: version, outcome: plan.outcome, reasonCode: plan.reasonCode, repliedAt });
    created.push({ trackingNumber: c.trackingNumber, plan });
  }
  // 附表4: 1 行政复议, upheld (维持) by the reconsideration body.
  await ok("POST", `/cases/${created[0]!.trackingNumber}/appeals`, { kind: "reconsideration", filedAt: today, result: "upheld", closedAt: today });
}, 180_000);

afterAll(async () => {
  await closeSql();
  await closeDb();
});

const statistics = (query = "", token: string | null = supervisorToken) => api("GET", `/statistics/${year}?department=${departmentId}${query}`, token);

describe("the seed's 附表2 from 54 real requests", () => {
  it("reproduces 附表2 and 附表4 number for number, and every check of both formats passes", async () => {
    const res = await statistics();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(["year", "format2011", "format2021", "checks"]);
    expect(body.year).toBe(year);
    expect(body.format2011.table2).toEqual({
      catalogueEntries: 54,
      applications: { total: 54, inPerson: 0, fax: 0, email: 0, online: 51, letter: 3, other: 0 },
      replies: { total: 54, disclosed: 34, partiallyDisclosed: 4, refused: 5, notExist: 0, notThisAgency: 7, unclear: 4 },
    });
    expect(body.format2011.table4).toEqual({ reconsiderations: 1, lawsuits: 0, complaints: 0, complaintsAfterFirstHandling: 0 });
    // A department's report carries no manual figures (they are the agency's).
    expect(body.format2011.table1).toEqual({ proactiveItems: null, proactiveItemsFullText: null, newNormativeDocuments: null });

    const t3 = body.format2021.table3;
    expect(t3.new.total).toBe(54);
    expect(t3.carriedOver.total).toBe(0);
    expect(t3["1"].total).toBe(34);
    expect(t3["2"].total).toBe(4);
    expect(REFUSAL_REASONS.map((r) => t3[r].total)).toEqual([1, 1, 1, 1, 1]);
    expect(t3["4.1"].total).toBe(7);
    expect(t3["4.3"].total).toBe(4);
    expect(t3["7"].total).toBe(54);
    expect(t3.carriedForward.total).toBe(0);
    expect(t3.new.naturalPerson + t3.new.commercial + t3.new.research + t3.new.publicInterest + t3.new.legalService + t3.new.other).toBe(54);
    expect(t3.new.naturalPerson).toBe(45);
    expect(body.format2021.table4.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });

    expect(body.checks.length).toBeGreaterThan(40);
    expect(body.checks.filter((c: { ok: boolean }) => !c.ok)).toEqual([]);
    for (const rule of ["2011.table2.applicationsTotal", "2011.table2.repliesTotal", "2021.table3.total.balance", "2021.table3.total.resultsTotal", "2021.table3.new.rowTotal", "2021.table3.total.carriedOverEqualsLastYear"]) {
      expect(body.checks.find((c: { rule: string }) => c.rule === rule), rule).toMatchObject({ ok: true });
    }
  });

  it("drills down from a number to exactly the cases behind it", async () => {
    const db = await getDb();
    const unclear = await listCellCases(db, { year, departmentId, cellId: "format2011/table2/replies/unclear" });
    expect(unclear.items.map((x) => x.trackingNumber).sort()).toEqual(created.filter((c) => c.plan.outcome === "unclear").map((c) => c.trackingNumber).sort());
    const letters = await listCellCases(db, { year, departmentId, cellId: "format2011/table2/applications/letter" });
    expect(letters.items.map((x) => x.trackingNumber).sort()).toEqual(created.filter((c) => c.plan.channel === "letter").map((c) => c.trackingNumber).sort());
    const appeals = await listCellCases(db, { year, departmentId, cellId: "format2011/table4/reconsiderations" });
    expect(appeals.subject).toBe("appeal");
    expect(appeals.items.map((x) => x.trackingNumber)).toEqual([created[0]!.trackingNumber]);
  });

  it("exports CSV (UTF-8 with BOM) and an XLSX laid out like the official tables", async () => {
    const csv = await statistics("&format=csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("依申请公开信息目录数,,54,format2011/table2/catalogueEntries");
    expect(text).toContain("4.网上申请数,,51,");
    expect(text).toContain("其中：1.同意公开答复数,,34,");

    const xlsx = await statistics("&format=xlsx");
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["2011年格式", "2021年格式"]);
    const sheet2011 = wb.getWorksheet("2011年格式")!;
    const valueRightOf = (sheet: ExcelJS.Worksheet, label: string): unknown => {
      let found: unknown;
      sheet.eachRow((row) => {
        const first = row.getCell(1).value;
        if (typeof first === "string" && first.trim() === label) found = row.getCell(3).value;
      });
      return found;
    };
    expect(valueRightOf(sheet2011, "依申请公开信息目录数")).toBe(54);
    expect(valueRightOf(sheet2011, "其中：1.当面申请数")).toBe(0);
    expect(valueRightOf(sheet2011, "4.网上申请数")).toBe(51);
    expect(valueRightOf(sheet2011, "5.信函申请数")).toBe(3);
    expect(valueRightOf(sheet2011, "5.非本机关政府信息答复数")).toBe(7);
    expect(valueRightOf(sheet2011, "6.申请内容不明确答复数")).toBe(4);
    expect(valueRightOf(sheet2011, "行政复议数")).toBe(1);
    // Label spans 指标 and 单位 (merged) in tables without a unit.
    expect(sheet2011.model.merges.length).toBeGreaterThan(20);

    const sheet2021 = wb.getWorksheet("2021年格式")!;
    let newRow: ExcelJS.Row | undefined;
    sheet2021.eachRow((row) => {
      if (row.getCell(1).value === "一、本年新收政府信息公开申请数量") newRow = row;
    });
    expect(newRow).toBeDefined();
    expect(newRow!.getCell(10).value).toBe(54); // 总计 column J
    let headerRow = 0;
    sheet2021.eachRow((row, n) => {
      if (row.getCell(4).value === "申请人情况") headerRow = n;
    });
    expect(headerRow).toBeGreaterThan(0);
    expect(sheet2021.model.merges).toContain(`D${headerRow}:J${headerRow}`);
    expect(sheet2021.model.merges).toContain(`A${headerRow}:C${headerRow + 2}`);
  });

  it("answers 400 / 401 / 403 / 404 as the contract says", async () => {
    expect((await statistics("", null)).status).toBe(401);
    expect((await statistics("", staffToken)).status).toBe(403);
    for (const bad of ["20x5", "1999", String(year + 1), "02025"]) {
      expect((await api("GET", `/statistics/${bad}`, supervisorToken)).status, bad).toBe(400);
    }
    expect((await statistics("&format=pdf")).status).toBe(400);
    expect((await api("GET", `/statistics/${year}?department=not-a-uuid`, supervisorToken)).status).toBe(400);
    expect((await api("GET", `/statistics/${year}?department=00000000-0000-4000-8000-000000000000`, supervisorToken)).status).toBe(404);
    // Never published for this department.
    expect((await statistics("&version=published")).status).toBe(404);
  });
});
