import { expect, test, type Page } from "@playwright/test";
import { randomCreditCode, randomResidentId } from "../tests/support/request-bodies";
import { waitForMail } from "../tests/support/test-mail";
import { signIn, uniqueEmail } from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

async function fillInformation(page: Page) {
  await byId(page, "information.title").fill("2025年度道路交通事故统计数据");
  await byId(page, "information.description").fill("请提供本市2025年度道路交通事故的分区统计数据，包括事故起数和伤亡人数。");
  await page.getByRole("radio", { name: "电子邮件" }).first().check();
  await page.getByRole("group", { name: /获取方式/ }).getByRole("radio", { name: "电子邮件" }).check();
}

test("a citizen registers, files a natural-person request with an ID scan, gets the receipt, finds it in My requests and the acknowledgement mail", async ({ page }) => {
  const email = uniqueEmail("filer");
  await page.goto("/register");
  await page.getByLabel("姓名").fill("林小雨");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel(/^密码/).fill("linxiaoyu-2026");
  await page.getByLabel("确认密码").fill("linxiaoyu-2026");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/registered=1/);
  await signIn(page, email, "linxiaoyu-2026");

  await page.goto("/requests/new");
  await page.getByRole("radio", { name: "自然人" }).check();
  await byId(page, "applicant.name").fill("林小雨");
  await byId(page, "applicant.idNumber").fill(randomResidentId());
  await byId(page, "applicant.phone").fill("13800138000");
  await byId(page, "applicant.email").fill(email);
  await fillInformation(page);
  await byId(page, "files.idDocument").setInputFiles({ name: "身份证.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: "提交申请" }).click();

  await expect(page.getByRole("heading", { name: "申请已提交" })).toBeVisible();
  const trackingNumber = (await page.getByTestId("tracking-number").textContent())!.trim();
  const queryCode = (await page.getByTestId("query-code").textContent())!.trim();
  expect(trackingNumber).toMatch(/^GK-\d{4}-\d{6}$/);
  expect(queryCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);

  await page.goto("/portal");
  await expect(page.getByTestId("my-request-row").filter({ hasText: trackingNumber })).toBeVisible();
  await page.getByRole("link", { name: trackingNumber }).click();
  await expect(page.getByTestId("status")).toHaveText("办理中");
  await expect(page.getByRole("link", { name: "下载 身份证.pdf" })).toBeVisible();

  const mail = await waitForMail(email, { subject: new RegExp(trackingNumber) });
  expect(mail.text).toContain(queryCode);
});

test("a visitor files an organisation request, looks it up with the query code and withdraws it", async ({ page }) => {
  await page.goto("/requests/new");
  await page.getByRole("radio", { name: "法人或其他组织" }).check();
  await page.getByRole("radio", { name: "法律服务机构" }).check();
  await byId(page, "applicant.name").fill("示范律师事务所");
  await byId(page, "applicant.creditCode").fill(randomCreditCode());
  await byId(page, "applicant.legalRepresentative").fill("赵律师");
  await byId(page, "applicant.contactName").fill("钱助理");
  await byId(page, "applicant.phone").fill("020-83116412");
  await byId(page, "applicant.email").fill(uniqueEmail("org"));
  await fillInformation(page);
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "申请已提交" })).toBeVisible();
  const trackingNumber = (await page.getByTestId("tracking-number").textContent())!.trim();
  const queryCode = (await page.getByTestId("query-code").textContent())!.trim();

  await page.goto("/track");
  await page.getByLabel("受理编号").first().fill(trackingNumber);
  await page.getByLabel("查询码").fill("AAAAA-AAAAA");
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await expect(page.getByTestId("form-errors")).toContainText("受理编号或查询码不正确");
  await page.getByLabel("查询码").fill(queryCode.toLowerCase());
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/track/${trackingNumber}$`));
  await expect(page.getByTestId("tracking-number")).toHaveText(trackingNumber);
  await expect(page.getByTestId("status")).toHaveText("办理中");

  await page.getByRole("button", { name: "撤回申请" }).click();
  await page.getByRole("button", { name: "确定撤回" }).click();
  await expect(page.getByTestId("status")).toHaveText("已撤回");
  await expect(page.getByTestId("timeline")).toContainText("申请已撤回");
});

test("invalid ID number and credit code show field errors in both locales", async ({ page }) => {
  await page.goto("/requests/new");
  await page.getByRole("radio", { name: "自然人" }).check();
  await byId(page, "applicant.name").fill("王五");
  await byId(page, "applicant.idNumber").fill("110105194912310021");
  await byId(page, "applicant.phone").fill("13800138000");
  await fillInformation(page);
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.locator('[id="applicant.idNumber-error"]')).toHaveText("身份证号码校验位不正确");

  await page.getByRole("radio", { name: "法人或其他组织" }).check();
  await byId(page, "applicant.creditCode").fill("91350100M000100Y44");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.locator('[id="applicant.creditCode-error"]')).toHaveText("统一社会信用代码校验位不正确");

  await page.getByRole("button", { name: "切换为英文界面" }).click();
  await page.getByRole("radio", { name: "Natural person" }).check();
  await byId(page, "applicant.idNumber").fill("110105194912310021");
  await page.getByRole("button", { name: /^Submit/ }).click();
  await expect(page.locator('[id="applicant.idNumber-error"]')).toContainText(/check/i);
  await page.getByRole("button", { name: "Switch to Chinese" }).click();
});
