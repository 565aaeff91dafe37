import crypto from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { addWorkingDays, createWorkCalendar, type WorkCalendar } from "../lib/domain/calendar";
import { closeSql, sql } from "../tests/support/db";
import { createTestUser } from "../tests/support/factories";
import { randomResidentId } from "../tests/support/request-bodies";
import { waitForMail } from "../tests/support/test-mail";
import { signIn } from "./helpers";

// Issue 4's story across roles, in zh-CN, through the real UI: staff register a letter → 补正 notice → the citizen
// adds the request to My requests and answers it (the clock restarts) → extension requested by staff, approved by
// the supervisor → reply 同意部分公开 with a letter → the citizen downloads the 答复书 → the mails arrived.

const DEMO_PASSWORD = "gongkai-demo-2026";
const SCAN = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** How the UI writes a calendar date in zh-CN (lib/i18n/labels formatDate). */
const zhDate = (d: string) => new Intl.DateTimeFormat("zh-CN", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" }).format(new Date(`${d}T00:00:00Z`));
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** The calendar the server computes with: the project's own module plus the admin overrides stored in the database. */
async function serverCalendar(): Promise<WorkCalendar> {
  const overrides = await sql()<{ date: string; kind: string; note: string | null }[]>`select date::text as date, kind, note from calendar_overrides`;
  const years = await sql()<{ year: number }[]>`select year from calendar_notice_years`;
  return createWorkCalendar({
    overrides: overrides.map((o) => ({ date: o.date, kind: o.kind === "workday" ? "workday" : "holiday", note: o.note })),
    noticeYears: years.map((y) => y.year),
  });
}

/** The working day `n` working days before `date` (a letter signed for a few days ago, well inside the 补正 window). */
function workingDaysBefore(cal: WorkCalendar, date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0; ) {
    d = plusDays(d, -1);
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}

async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

/** Opens one allowed action's form on the staff case page. */
async function openAction(page: Page, action: string) {
  const panel = page.locator(`details[data-action="${action}"]`);
  await panel.locator("summary").click();
  return panel;
}

test.afterAll(() => closeSql());

test("a letter's whole journey: staff register it, ask for 补正, the citizen answers in My requests, the supervisor extends, staff reply 部分公开, the citizen downloads the 答复书, and the mails arrive", async ({ browser }) => {
  test.setTimeout(180_000);
  const tag = crypto.randomBytes(4).toString("hex");
  const title = `2026年度城市道路养护经费明细-${tag}`;
  const letterText = `经审查，您申请的道路养护经费明细中，部分内容涉及第三方商业秘密，不予公开；其余部分予以公开，见附件。（${tag}）`;
  const citizen = await createTestUser(["citizen"], { name: `林晓${tag}` });
  const cal = await serverCalendar();
  const receivedAt = workingDaysBefore(cal, today, 2);
  const dueOnReceipt = addWorkingDays(cal, receivedAt, 20).date;

  // ---- 1. Staff register the letter, with its scan; the 受理回执 shows the tracking number and query code. ----
  const staff = await signedInPage(browser, "staff@demo.gongkai.cn", DEMO_PASSWORD);
  await staff.goto("/staff/register");
  await expect(staff.getByRole("heading", { level: 1, name: "登记政府信息公开申请" })).toBeVisible();
  await staff.getByRole("group", { name: /申请方式/ }).getByRole("radio", { name: "信函" }).check();
  await byId(staff, "receivedAt").fill(receivedAt);
  await byId(staff, "applicant.name").fill(citizen.name);
  await byId(staff, "applicant.idNumber").fill(randomResidentId());
  await byId(staff, "applicant.phone").fill("13712345678");
  await byId(staff, "applicant.email").fill(citizen.email);
  await byId(staff, "applicant.address").fill("示范市解放路 12 号");
  await byId(staff, "applicant.postalCode").fill("510030");
  await byId(staff, "information.title").fill(title);
  await byId(staff, "information.description").fill("请提供本机关2026年度城市道路养护经费的使用明细，包括项目名称、金额和承接单位。");
  await staff.getByRole("group", { name: /指定提供形式/ }).getByRole("radio", { name: "电子邮件" }).check();
  await staff.getByRole("group", { name: /获取方式/ }).getByRole("radio", { name: "电子邮件" }).check();
  await byId(staff, "files.letterScans").setInputFiles({ name: `来信扫描-${tag}.pdf`, mimeType: "application/pdf", buffer: SCAN });
  await staff.getByRole("button", { name: "登记申请" }).click();

  await expect(staff.getByRole("heading", { level: 1, name: "申请已登记" })).toBeVisible();
  const receipt = staff.getByTestId("receipt");
  await expect(receipt.getByRole("heading", { name: "政府信息公开申请受理回执" })).toBeVisible();
  const trackingNumber = (await receipt.getByTestId("tracking-number").textContent())!.trim();
  const queryCode = (await receipt.getByTestId("query-code").textContent())!.trim();
  expect(trackingNumber).toMatch(/^[A-Z]+-\d{4}-\d{6}$/);
  expect(queryCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  await expect(receipt.getByTestId("receipt-channel")).toHaveText("信函");
  await expect(receipt.getByTestId("receipt-received-at")).toHaveText(zhDate(receivedAt));
  await expect(receipt.getByTestId("receipt-due-date")).toContainText(zhDate(dueOnReceipt));
  await expect(receipt.getByRole("link", { name: "我的申请" })).toHaveAttribute("href", "/portal");

  // ---- 2. On the case page: the 补正 notice (message + deadline) stops the clock. ----
  await staff.getByRole("link", { name: `打开案件 ${trackingNumber}` }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `申请 ${trackingNumber}` })).toBeVisible();
  const status = staff.getByTestId("status").first();
  const dueDate = staff.getByTestId("due-date");
  const explanation = staff.getByTestId("due-date-explanation");
  await expect(status).toHaveText("办理中");
  await expect(dueDate).toContainText(zhDate(dueOnReceipt));
  await expect(staff.getByRole("link", { name: `下载 来信扫描-${tag}.pdf` })).toBeVisible();

  const clarificationMessage = `请说明所需经费明细的具体路段范围，以及是否需要逐月数据。（${tag}）`;
  const clarificationDeadline = plusDays(today, 15);
  const clarification = await openAction(staff, "request_clarification");
  await clarification.getByLabel(/需要补正的内容/).fill(clarificationMessage);
  await clarification.getByLabel(/补正期限/).fill(clarificationDeadline);
  await clarification.getByRole("button", { name: "发出补正告知" }).click();
  await expect(staff.getByText("已完成：发出补正告知。")).toBeVisible();
  await expect(status).toHaveText("待补正");
  await expect(explanation).toContainText("等待申请人补正");

  // ---- 3. The citizen adds the paper request to My requests (a wrong code first) and answers the 补正 there. ----
  const citizenPage = await signedInPage(browser, citizen.email, citizen.password);
  await citizenPage.goto("/portal");
  await expect(citizenPage.getByRole("heading", { level: 1, name: "我的申请" })).toBeVisible();
  await expect(citizenPage.getByTestId("my-request-row")).toHaveCount(0);
  const linkForm = citizenPage.getByTestId("link-request-form");
  await linkForm.getByLabel(/受理编号/).fill(trackingNumber);
  await linkForm.getByLabel(/查询码/).fill(queryCode.split("").reverse().join(""));
  await linkForm.getByRole("button", { name: "添加到我的申请" }).click();
  await expect(linkForm.getByTestId("form-errors")).toContainText("受理编号或查询码不正确。");
  await linkForm.getByLabel(/查询码/).fill(queryCode);
  await linkForm.getByRole("button", { name: "添加到我的申请" }).click();

  await expect(citizenPage).toHaveURL(new RegExp(`/portal/requests/${trackingNumber}$`));
  await expect(citizenPage.getByRole("heading", { level: 1, name: `申请 ${trackingNumber}` })).toBeVisible();
  await expect(citizenPage.getByTestId("status").first()).toHaveText("待补正");
  await expect(citizenPage.getByTestId("clarification-message")).toHaveText(clarificationMessage);
  await expect(citizenPage.getByTestId("timeline")).toContainText("已添加到我的申请");
  await citizenPage.getByLabel(/补正内容/).fill(`所需范围为城区主干道，按月提供2026年1月至10月的数据。（${tag}）`);
  await citizenPage.getByRole("button", { name: "提交补正" }).click();

  // ---- 4. The clock restarts: 20 working days from today, the supplement's date. ----
  const restartedDue = addWorkingDays(cal, today, 20).date;
  expect(restartedDue, "the received date was chosen so that the restart moves the due date").not.toBe(dueOnReceipt);
  await expect(citizenPage.getByTestId("status").first()).toHaveText("办理中");
  await expect(citizenPage.getByTestId("due-date")).toContainText(zhDate(restartedDue));
  await expect(citizenPage.getByTestId("timeline")).toContainText("收到补正材料");
  await citizenPage.goto("/portal");
  await expect(citizenPage.getByTestId("my-request-row").filter({ hasText: trackingNumber })).toContainText(zhDate(restartedDue));

  await staff.reload();
  await expect(status).toHaveText("办理中");
  await expect(dueDate).toContainText(zhDate(restartedDue));
  await expect(explanation).toContainText(`${zhDate(today)}，收到申请人的补正材料。答复期限从这一天起重新计算 20 个工作日。`);
  await expect(explanation).toContainText(`答复期限：${zhDate(restartedDue)}`);
  await expect(staff.getByTestId("timeline")).toContainText("申请人将申请添加到其账户");

  // ---- 5. Staff request an extension; the supervisor approves it on the board: 20 more working days. ----
  const extensionReason = `经费明细分散在三个养护单位，需要逐一调取核对。（${tag}）`;
  const extension = await openAction(staff, "request_extension");
  await extension.getByLabel(/延期理由/).fill(extensionReason);
  await extension.getByRole("button", { name: "申请延期" }).click();
  await expect(staff.getByText("已完成：申请延期。")).toBeVisible();

  const extendedDue = addWorkingDays(cal, restartedDue, 20).date;
  const supervisor = await signedInPage(browser, "supervisor@demo.gongkai.cn", DEMO_PASSWORD);
  await supervisor.goto("/supervisor");
  const card = supervisor.getByTestId("pending-extension").filter({ has: supervisor.getByRole("link", { name: trackingNumber }) });
  await expect(card).toContainText(extensionReason);
  await expect(card.getByTestId("current-due-date")).toHaveText(zhDate(restartedDue));
  await card.getByRole("button", { name: "批准延期" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: `已批准 ${trackingNumber} 延期，新的答复期限为${zhDate(extendedDue)}` })).toBeVisible();
  await expect(card).toHaveCount(0);

  await staff.reload();
  await expect(dueDate).toContainText(zhDate(extendedDue));
  await expect(explanation).toContainText(`答复期限延长 20 个工作日，由 ${zhDate(restartedDue)} 延至 ${zhDate(extendedDue)}`);
  await expect(staff.getByTestId("case-documents")).toContainText("政府信息公开申请延期答复告知书");

  // ---- 6. Staff reply 同意部分公开 (reason 2 部分公开) with their own 答复书 text. ----
  const reply = await openAction(staff, "reply");
  await reply.getByRole("radio", { name: "同意部分公开" }).check();
  await expect(reply.getByLabel(/具体情形/)).toHaveValue("2");
  await reply.getByLabel(/法律依据/).fill("《中华人民共和国政府信息公开条例》第三十二条、第三十七条");
  await reply.getByLabel(/答复书正文/).fill(letterText);
  await reply.getByRole("button", { name: "答复" }).click();
  await expect(staff.getByText("已完成：答复。")).toBeVisible();
  await expect(status).toHaveText("已答复");
  await expect(staff.getByText("2 部分公开（区分处理的，只计这一情形，不计其他情形）").first()).toBeVisible();
  await expect(staff.getByTestId("case-documents")).toContainText("政府信息公开申请答复书");

  // ---- 7. The citizen sees the answer in My requests, reads the 答复书 and downloads it as PDF. ----
  await citizenPage.goto(`/portal/requests/${trackingNumber}`);
  await expect(citizenPage.getByTestId("status").first()).toHaveText("已答复");
  const documents = citizenPage.getByTestId("documents");
  await expect(documents).toContainText("延期答复告知书");
  await expect(documents).toContainText("补正告知书");
  const downloadStarted = citizenPage.waitForEvent("download");
  await documents.getByRole("link", { name: "下载《政府信息公开申请答复书》的 PDF 文件" }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
  const pdf = Buffer.concat(chunks);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(10_000); // a laid-out letter with an embedded CJK font, not an error page

  await documents.getByRole("link", { name: "查看并打印《政府信息公开申请答复书》" }).click();
  await expect(citizenPage.getByText(letterText)).toBeVisible();

  // ---- 8. The test SMTP server received the applicant's mails (the outbox job delivers them). ----
  const received = await waitForMail(citizen.email, { subject: new RegExp(`^政府信息公开申请已收到（受理编号 ${trackingNumber}）$`) });
  expect(received.text).toContain(queryCode);
  const acknowledgement = await waitForMail(citizen.email, { subject: /政府信息公开申请受理回执/ });
  expect(acknowledgement.text).toContain(`/track?tn=${trackingNumber}`); // before the citizen added it: the status lookup
  const clarificationMail = await waitForMail(citizen.email, { subject: /政府信息公开申请补正告知书/ });
  expect(clarificationMail.text).toContain(trackingNumber);
  const extensionMail = await waitForMail(citizen.email, { subject: /政府信息公开申请延期答复告知书/ });
  expect(extensionMail.text).toContain(`/portal/requests/${trackingNumber}`); // after: My requests
  const replyMail = await waitForMail(citizen.email, { subject: /政府信息公开申请答复书/ });
  expect(replyMail.text).toContain(`/portal/requests/${trackingNumber}`);
  await waitForMail(citizen.email, { subject: new RegExp(`已添加到账户（受理编号 ${trackingNumber}）`) });
});
