import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { closeSql } from "../tests/support/db";
import { baseUrl, createTestToken, createTestUser } from "../tests/support/factories";
import { naturalPersonBody } from "../tests/support/request-bodies";
import { createTestDepartment } from "../tests/support/statistics-fixtures";
import { signIn } from "./helpers";

/**
 * The supervisor's statistics screens on cases of a department of this test's own (so every count is this test's):
 * three requests registered and two answered through the staff API, then, in the browser: the year's tables for
 * the department, a number drilled down to its cases, the manual figures, publishing; a later reply (API) changes
 * the live number but not the published one, and the banner and the diff say so; the XLSX downloads and reopens
 * with the right numbers.
 */

const DEMO_PASSWORD = "gongkai-demo-2026";
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const year = Number(today.slice(0, 4));

let staffToken: string;
let departmentId: string;
const departmentName = `统计页面测试部门-${Date.now().toString(36)}`;
const cases: { trackingNumber: string; version: number }[] = [];

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${staffToken}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  expect(res.status, `${method} ${path}: ${JSON.stringify(json)}`).toBeLessThan(300);
  return json;
}

async function registerInDepartment(channel: "online" | "letter", department: string): Promise<{ trackingNumber: string; version: number }> {
  const c = await api<{ trackingNumber: string; version: number }>("POST", "/cases", { ...naturalPersonBody(), channel, receivedAt: today });
  const assigned = await api<{ version: number }>("POST", `/cases/${c.trackingNumber}/actions`, { action: "assign", expectedVersion: c.version, departmentId: department });
  return { trackingNumber: c.trackingNumber, version: assigned.version };
}

async function reply(c: { trackingNumber: string; version: number }, outcome: string, reasonCode: string): Promise<void> {
  await api("POST", `/cases/${c.trackingNumber}/actions`, { action: "reply", expectedVersion: c.version, outcome, reasonCode });
}

/** The number in a case-derived cell of the year page (a link to its drill-down). */
const cellLink = (page: Page, cellId: string) => page.locator(`a[data-cell="${cellId}"]`);

/** The 数量 column (C) of the 2011 sheet on the row whose label (A) is `label`. */
async function xlsxValue(download: Download, label: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet("2011年格式")!;
  let found: unknown;
  sheet.eachRow((row) => {
    const first = row.getCell(1).value;
    if (typeof first === "string" && first.trim() === label) found = row.getCell(3).value;
  });
  return found;
}

test.beforeAll(async () => {
  staffToken = await createTestToken((await createTestUser(["staff"])).id);
  departmentId = await createTestDepartment({ name: departmentName });
  cases.push(await registerInDepartment("online", departmentId), await registerInDepartment("online", departmentId), await registerInDepartment("letter", departmentId));
  await reply(cases[0]!, "disclosed", "1");
  await reply(cases[1]!, "not_this_agency", "4.1");
});

test.afterAll(() => closeSql());

test("the supervisor reads a department's year, drills into a number, enters the manual figures, publishes, and sees a later reply move the live figures only", async ({ page }) => {
  const yearPage = `/supervisor/statistics?year=${year}&department=${departmentId}`;
  await signIn(page, "supervisor@demo.gongkai.cn", DEMO_PASSWORD);

  // The board links to the statistics.
  await page.goto("/supervisor");
  await page.getByTestId("supervisor-nav").getByRole("link", { name: "年度统计" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "政府信息公开年度统计" })).toBeVisible();

  // The year, for this department: both formats, the case numbers as links.
  await page.goto(yearPage);
  await expect(page.getByTestId("scope-line")).toContainText(`${year}年 · ${departmentName}`);
  await expect(page.getByRole("table", { name: "附表2 依申请公开情况统计" })).toBeVisible();
  await expect(page.getByRole("table", { name: "三、收到和处理政府信息公开申请情况" })).toBeVisible();
  await expect(cellLink(page, "format2011/table2/applications/total")).toHaveText(/^3/);
  await expect(cellLink(page, "format2011/table2/applications/online")).toHaveText(/^2/);
  await expect(cellLink(page, "format2011/table2/replies/total")).toHaveText(/^2/);
  await expect(cellLink(page, "format2021/table3/carriedForward/total")).toHaveText(/^1/);
  await expect(page.getByTestId("checks-failed-banner")).toHaveCount(0);
  await expect(page.getByTestId("checks-passed")).toBeVisible();
  await expect(page.getByTestId("published-status")).toHaveText("本年度统计尚未发布。");

  // Drill-down: the count equals the list, each case links to its page.
  await cellLink(page, "format2011/table2/replies/total").click();
  await expect(page.getByTestId("cell-title")).toHaveText("附表2 依申请公开情况统计 · 对申请的答复总数");
  await expect(page.getByTestId("cell-count")).toHaveText("共 2 件");
  await expect(page.getByTestId("cell-case-row")).toHaveCount(2);
  for (const c of cases.slice(0, 2)) {
    await expect(page.getByRole("link", { name: c.trackingNumber })).toHaveAttribute("href", `/staff/cases/${c.trackingNumber}`);
  }
  await expect(page.getByRole("link", { name: cases[2]!.trackingNumber })).toHaveCount(0);
  await page.getByRole("link", { name: "返回统计表" }).click();
  await expect(page).toHaveURL(new RegExp(`department=${departmentId}`));

  // The manual figures (the agency's own): entered, validated, saved as a new version with who and when.
  await page.goto(`/supervisor/statistics/figures?year=${year}`);
  const form = page.getByTestId("manual-figures-form");
  const field = (label: string, n = 0) => form.getByLabel(new RegExp(`^${label.replace(/[()（）]/g, ".")}`)).nth(n);
  await field("主动公开信息数").fill("abc");
  await form.getByRole("button", { name: "保存为新版本" }).click();
  await expect(page.getByTestId("form-errors")).toContainText("主动公开信息数");
  const figures: [string, number, string][] = [
    ["主动公开信息数", 0, "4884"],
    ["其中：全文电子化的主动公开信息数", 0, "4884"],
    ["新增的行政规范性文件数", 0, "22"],
    ["网上咨询数", 0, "53829"],
    ["现场接待人数", 0, "1204102"],
    ["网站专栏页面访问量", 0, "7303650"],
    ["本年制发件数", 0, "3"],
    ["本年废止件数", 0, "1"],
    ["现行有效件数", 0, "41"],
    ["本年制发件数", 1, "22"],
    ["本年废止件数", 1, "5"],
    ["现行有效件数", 1, "180"],
    ["本年处理决定数量", 0, "100"],
    ["本年处理决定数量", 1, "200"],
    ["本年处理决定数量", 2, "30"],
    ["本年收费金额（单位：万元）", 0, "0.5"],
  ];
  for (const [label, n, value] of figures) await field(label, n).fill(value);
  await form.getByRole("button", { name: "保存为新版本" }).click();
  await expect(page.getByText(/^已保存为第 \d+ 版。$/)).toBeVisible();
  await expect(page.getByTestId("manual-figures-history").locator("tbody tr").first()).toContainText("王强");

  // Publish the department's year: a confirmation first, then 已发布（第 1 版…）.
  await page.goto(yearPage);
  await page.getByTestId("publish-button").click();
  const dialog = page.getByTestId("publish-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "确定发布" }).click();
  await expect(page.getByTestId("published-status")).toContainText(/已发布（第 1 版，.+，王强）/);
  await expect(page.getByTestId("live-differs-banner")).toHaveCount(0);

  // A later reply (through the API) moves the live number; the published one stays, and the page says so.
  await reply(cases[2]!, "disclosed", "1");
  await page.reload();
  await expect(cellLink(page, "format2011/table2/replies/total")).toHaveText(/^3/);
  const banner = page.getByTestId("live-differs-banner");
  await expect(banner).toContainText("实时数据与已发布数据不一致");
  await banner.getByRole("link", { name: /查看变动明细/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("实时数据与已发布第 1 版的差异");
  const row = page.locator('[data-testid="diff-row"][data-cell="format2011/table2/replies/total"]');
  await expect(row.locator("td").nth(1)).toHaveText("2");
  await expect(row.locator("td").nth(2)).toHaveText(/3$/);
  await expect(row.getByTestId("moved-in").getByRole("link", { name: cases[2]!.trackingNumber })).toBeVisible();

  // Downloads: the live XLSX has the new number, the published one the frozen number.
  await page.goto(yearPage);
  const [live] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-xlsx").click()]);
  expect(live.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(await xlsxValue(live, "对申请的答复总数")).toBe(3);
  expect(await xlsxValue(live, "4.网上申请数")).toBe(2);
  expect(await xlsxValue(live, "5.信函申请数")).toBe(1);
  const [frozen] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-xlsx-published").click()]);
  expect(await xlsxValue(frozen, "对申请的答复总数")).toBe(2);

  // Re-publishing makes version 2, and the version-to-version diff shows the reply that moved.
  await page.getByTestId("publish-button").click();
  await dialog.getByRole("button", { name: "确定发布" }).click();
  await expect(page.getByTestId("published-status")).toContainText("已发布（第 2 版");
  await expect(page.getByTestId("live-differs-banner")).toHaveCount(0);
  await page.goto(`/supervisor/statistics/diff?year=${year}&department=${departmentId}&version=2`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("第 2 版与第 1 版的差异");
  await expect(page.locator('[data-testid="diff-row"][data-cell="format2011/table2/replies/disclosed"]').getByRole("link", { name: cases[2]!.trackingNumber })).toBeVisible();

  // The A4 annual report: sections 一 to 六, the frozen tables of version 2, the prose as saved.
  await page.goto(`/supervisor/statistics/report?year=${year}&department=${departmentId}`);
  const report = page.getByTestId("annual-report");
  await expect(page.getByTestId("report-source")).toContainText("已发布的第 2 版");
  for (const heading of ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]) {
    await expect(report.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(report.getByRole("table", { name: "三、收到和处理政府信息公开申请情况" }).locator('[data-value="format2021/table3/new/total"]')).toHaveText("3");
  const prose = `年度报告测试正文 ${Date.now()}`;
  await page.getByTestId("report-prose-editor").locator("summary").click();
  await page.getByRole("textbox", { name: "五、存在的主要问题及改进情况" }).fill(prose);
  await page.getByRole("button", { name: "保存正文" }).click();
  await expect(page.getByText(/^正文已保存为第 \d+ 版。$/)).toBeVisible();
  await expect(report).toContainText(prose);
});

test("staff record a 行政复议 and its result on the case page, and it counts in 附表4", async ({ page }) => {
  const ownDepartment = await createTestDepartment();
  const c = await registerInDepartment("online", ownDepartment);
  await signIn(page, "staff@demo.gongkai.cn", DEMO_PASSWORD);
  await page.goto(`/staff/cases/${c.trackingNumber}`);
  const panel = page.getByTestId("appeals-panel");
  await expect(panel).toContainText("本案没有复议、诉讼或申诉记录。");
  const add = panel.getByTestId("appeal-add");
  await add.locator("summary").click();
  await add.getByRole("button", { name: "登记" }).click();
  await expect(add.getByTestId("form-errors")).toContainText("类别");
  await add.getByLabel(/^类别/).selectOption("reconsideration");
  await add.getByLabel(/^结果/).selectOption("upheld");
  await add.getByRole("button", { name: "登记" }).click();
  await expect(add.getByTestId("form-errors")).toContainText("已有结果的，须填写审结日期");
  await add.getByLabel(/^审结日期/).fill(today);
  await add.getByRole("button", { name: "登记" }).click();
  const item = panel.getByTestId("appeal-item");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("行政复议");
  await expect(item).toContainText("维持");

  // Changing the result back to 尚未审结 clears the closed date; the version check protects the edit.
  await item.locator("summary").click();
  const edit = item.getByTestId("appeal-edit-form");
  await edit.getByLabel(/^结果/).selectOption("pending");
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(panel.getByTestId("appeal-item")).toHaveAttribute("data-result", "pending");
  await expect(panel.getByTestId("appeal-item")).toContainText("尚未审结");

  // 附表4 and table 四 of the case's department count it, as of today pending.
  const res = await fetch(`${baseUrl()}/api/v1/statistics/${year}?department=${ownDepartment}`, {
    headers: { authorization: `Bearer ${await createTestToken((await createTestUser(["supervisor"])).id)}` },
  });
  const body = (await res.json()) as { format2011: { table4: { reconsiderations: number } }; format2021: { table4: { reconsideration: { pending: number } } } };
  expect(body.format2011.table4.reconsiderations).toBe(1);
  expect(body.format2021.table4.reconsideration.pending).toBe(1);
});
