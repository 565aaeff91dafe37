import { expect, test, type Page } from "@playwright/test";
import { addWorkingDays, createWorkCalendar } from "../lib/domain/calendar";
import { closeSql } from "../tests/support/db";
import { baseUrl, createTestToken, createTestUser } from "../tests/support/factories";
import { naturalPersonBody, randomResidentId } from "../tests/support/request-bodies";
import { signIn } from "./helpers";

const DEMO_PASSWORD = "gongkai-demo-2026";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** How the UI writes a calendar date in zh-CN (components/request/format.ts). */
const zhDate = (d: string) => new Intl.DateTimeFormat("zh-CN", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" }).format(new Date(`${d}T00:00:00Z`));

test.afterAll(() => closeSql());

test("staff register a letter received two days ago with its scan and print the 受理回执; a future date is refused", async ({ page }) => {
  await signIn(page, "staff@demo.gongkai.cn", DEMO_PASSWORD);
  await page.goto("/staff/register");
  await expect(page.getByRole("heading", { level: 1, name: "登记政府信息公开申请" })).toBeVisible();

  // The hint explains Art. 31 for the chosen channel.
  await page.getByRole("group", { name: /申请方式/ }).getByRole("radio", { name: "信函" }).check();
  await expect(page.getByTestId("received-at-channel-rule")).toContainText("签收之日");
  await page.getByRole("group", { name: /申请方式/ }).getByRole("radio", { name: "当面" }).check();
  await expect(page.getByTestId("received-at-channel-rule")).toContainText("以提交之日为收到申请之日");
  await page.getByRole("group", { name: /申请方式/ }).getByRole("radio", { name: "信函" }).check();

  await byId(page, "receivedAt").fill(plusDays(today, 1));
  await byId(page, "applicant.name").fill("周文");
  await byId(page, "applicant.idNumber").fill(randomResidentId());
  await byId(page, "applicant.phone").fill("13900139000");
  await byId(page, "applicant.address").fill("示范市中山路 8 号");
  await byId(page, "applicant.postalCode").fill("510000");
  await byId(page, "information.title").fill("2025年度行政处罚决定汇总");
  await byId(page, "information.description").fill("请提供本机关2025年度作出的行政处罚决定的汇总表，包括案由和处罚种类。");
  await page.getByRole("group", { name: /指定提供形式/ }).getByRole("radio", { name: "纸质" }).check();
  await page.getByRole("group", { name: /获取方式/ }).getByRole("radio", { name: "邮寄" }).check();
  await byId(page, "files.letterScans").setInputFiles({ name: "来信.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByText("来信.pdf")).toBeVisible();

  // A future received date: refused next to the field and in the summary, nothing registered.
  await page.getByRole("button", { name: "登记申请" }).click();
  await expect(page.getByTestId("form-errors")).toContainText("收到申请日期：收到申请的日期不能晚于今天");
  await expect(byId(page, "receivedAt-error")).toHaveText("收到申请的日期不能晚于今天");
  await expect(byId(page, "receivedAt")).toHaveAttribute("aria-invalid", "true");

  const receivedAt = plusDays(today, -2);
  await byId(page, "receivedAt").fill(receivedAt);
  await expect(byId(page, "receivedAt-error")).toHaveCount(0);
  await page.getByRole("button", { name: "登记申请" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "申请已登记" })).toBeVisible();
  const receipt = page.getByTestId("receipt");
  await expect(receipt.getByRole("heading", { name: "政府信息公开申请受理回执" })).toBeVisible();
  const trackingNumber = (await receipt.getByTestId("tracking-number").textContent())!.trim();
  const queryCode = (await receipt.getByTestId("query-code").textContent())!.trim();
  expect(trackingNumber).toMatch(/^[A-Z]+-\d{4}-\d{6}$/);
  expect(queryCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  await expect(receipt.getByTestId("receipt-received-at")).toHaveText(zhDate(receivedAt));
  await expect(receipt.getByTestId("receipt-applicant")).toHaveText("周文");
  await expect(receipt.getByTestId("receipt-channel")).toHaveText("信函");
  await expect(receipt).toContainText(`已于${zhDate(receivedAt)}收到您以信函方式提交的政府信息公开申请`);
  await expect(page.getByRole("link", { name: `打开案件 ${trackingNumber}` })).toHaveAttribute("href", `/staff/cases/${trackingNumber}`);

  // Printed: the document only, with the query code; the screen-only banner and buttons are gone.
  await page.emulateMedia({ media: "print" });
  await expect(receipt.getByTestId("query-code")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "申请已登记" })).toBeHidden();
  await expect(page.getByRole("button", { name: "打印受理回执" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

test("the supervisor approves a pending extension on the board, after a 409 when someone changed the case meanwhile", async ({ page }) => {
  const staff = await createTestUser(["staff"]);
  const token = await createTestToken(staff.id);
  const api = async (path: string, body: unknown) => {
    const res = await fetch(`${baseUrl()}/api/v1${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { trackingNumber: string; dueDate: string; version: number } };
  };
  const created = await api("/cases", { ...naturalPersonBody(), channel: "letter", receivedAt: today });
  expect(created.status).toBe(201);
  const tn = created.body.trackingNumber;
  const oldDue = created.body.dueDate;
  const requested = await api(`/cases/${tn}/actions`, { action: "request_extension", expectedVersion: 1, reason: "需要调取档案室的历年卷宗并逐件核对。" });
  expect(requested.status).toBe(200);

  await signIn(page, "supervisor@demo.gongkai.cn", DEMO_PASSWORD);
  await page.goto("/supervisor");
  await expect(page.getByRole("heading", { level: 1, name: "督办与统计" })).toBeVisible();
  const card = page.getByTestId("pending-extension").filter({ has: page.getByRole("link", { name: tn }) });
  await expect(card).toContainText("需要调取档案室的历年卷宗并逐件核对。");
  await expect(card.getByTestId("current-due-date")).toHaveText(zhDate(oldDue));
  await expect(card.getByRole("link", { name: tn })).toHaveAttribute("href", `/staff/cases/${tn}`);

  // Someone assigns the case while the board is open: the approval is refused (409) and the board says so.
  const assigned = await api(`/cases/${tn}/actions`, { action: "assign", expectedVersion: 2, assigneeEmail: staff.email });
  expect(assigned.status).toBe(200);
  await card.getByRole("button", { name: "批准延期" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `${tn} 刚被他人修改` })).toBeVisible();

  // The board refreshed: the card now shows the assignee (and carries the new version); approving works, 20 working days by default.
  await expect(card).toContainText(staff.name);
  await expect(card.getByLabel("延长工作日数")).toHaveValue("20");
  await card.getByRole("button", { name: "批准延期" }).click();
  const newDue = addWorkingDays(createWorkCalendar(), oldDue, 20).date;
  await expect(page.getByRole("status").filter({ hasText: `已批准 ${tn} 延期，新的答复期限为${zhDate(newDue)}` })).toBeVisible();
  await expect(card).toHaveCount(0);

  const detail = await fetch(`${baseUrl()}/api/v1/cases/${tn}`, { headers: { authorization: `Bearer ${token}` } });
  expect(await detail.json()).toMatchObject({ dueDate: newDue, version: 4 });
});
