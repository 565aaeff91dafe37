import { expect, test, type Browser, type Page } from "@playwright/test";
import { addWorkingDays, createWorkCalendar } from "../lib/domain/calendar";
import { closeSql } from "../tests/support/db";
import { baseUrl, createTestToken, createTestUser, TEST_PASSWORD } from "../tests/support/factories";
import { naturalPersonBody } from "../tests/support/request-bodies";
import { signIn, uniqueEmail } from "./helpers";

const ADMIN = "admin@demo.gongkai.cn";
const DEMO_PASSWORD = "gongkai-demo-2026";

test.afterAll(() => closeSql());

/** A fresh admin account: the demo admin signs in once per run, so the sign-in rate limit stays far away. */
async function freshAdmin() {
  return createTestUser(["admin"], { name: "测试管理员" });
}

/** A signed-in page in its own browser context, so two people can be signed in side by side. */
async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

async function getMe(token: string) {
  return fetch(`${baseUrl()}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
}

test("an admin creates a staff user in a department, who sees only the staff area; disabling the account ends the session", async ({ browser }) => {
  const admin = await signedIn(browser, ADMIN, DEMO_PASSWORD);
  await admin.getByTestId("admin-nav").getByRole("link", { name: "用户与角色" }).click();
  await admin.getByRole("link", { name: "新建工作人员账户" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "新建工作人员账户" })).toBeVisible();

  // Errors first: nothing filled in.
  await admin.getByRole("checkbox", { name: /承办人/ }).uncheck();
  await admin.getByRole("button", { name: "创建账户" }).click();
  await expect(admin.getByTestId("form-errors")).toContainText("请至少选择一个角色");
  await expect(admin.locator("#new-user-name-error")).toHaveText("此项为必填项");

  const email = uniqueEmail("e2e-staff");
  const name = `赵承办${Date.now().toString(36).slice(-4)}`;
  await admin.getByLabel(/^姓名/).fill(name);
  await admin.getByLabel(/^电子邮箱/).fill(email);
  await admin.getByRole("checkbox", { name: /承办人/ }).check();
  const department = admin.getByLabel("所属部门");
  const thfj = await department.locator("option", { hasText: "天河区分局" }).getAttribute("value");
  await department.selectOption(thfj!);
  await admin.getByRole("radio", { name: "由我设置初始密码" }).check();
  const password = "zhao-chengban-2026";
  await admin.locator("#new-user-password").fill(password);
  await admin.getByRole("button", { name: "创建账户" }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(admin.getByRole("status").filter({ hasText: "账户已创建" })).toBeVisible();
  const userUrl = admin.url();

  // Listed among staff accounts, in its department.
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = admin.getByTestId("user-row").filter({ hasText: email });
  await expect(row).toContainText("承办人");
  await expect(row).toContainText("天河区分局");
  await expect(row).toContainText("在用");

  // The new account lands on the staff desk; administration is neither offered nor reachable.
  const staff = await signedIn(browser, email, password);
  await expect(staff).toHaveURL(/\/staff$/);
  await expect(staff.getByRole("heading", { level: 1, name: "办理工作台" })).toBeVisible();
  const mainNav = staff.getByRole("navigation", { name: "主导航" });
  await expect(mainNav.getByRole("link", { name: "办理工作台" })).toBeVisible();
  await expect(mainNav.getByRole("link", { name: "系统管理" })).toHaveCount(0);
  await expect(mainNav.getByRole("link", { name: "督办与统计" })).toHaveCount(0);
  for (const path of ["/admin", "/admin/calendar", "/admin/users", "/supervisor"]) {
    const response = await staff.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(staff.getByTestId("forbidden")).toContainText("无权访问");
    await expect(staff.getByTestId("admin-nav")).toHaveCount(0);
  }

  // An admin cannot disable themself (and is told why) …
  await admin.goto("/admin/users");
  await admin.getByTestId("user-row").filter({ hasText: ADMIN }).getByRole("link", { name: "管理" }).click();
  await expect(admin.getByTestId("self-disable-note")).toContainText("不能停用自己的账户");
  await expect(admin.getByRole("button", { name: "停用账户" })).toHaveCount(0);
  // … nor take away their own admin role: the server refuses and says why, next to the roles.
  await admin.getByRole("checkbox", { name: /承办人/ }).check();
  await admin.getByRole("checkbox", { name: /系统管理员/ }).uncheck();
  await admin.getByRole("button", { name: "保存角色和部门" }).click();
  await expect(admin.locator("#access-roles-error")).toContainText("不能取消自己的系统管理员角色");
  await expect(admin.getByTestId("form-errors")).toContainText("角色：");

  // … but disables the new account, whose open session stops working at once.
  await admin.goto(userUrl);
  await admin.getByRole("button", { name: "停用账户" }).click();
  await admin.getByRole("group").getByRole("button", { name: "停用账户" }).click();
  await expect(admin.getByText("已停用").first()).toBeVisible();
  await staff.goto("/staff");
  await expect(staff).toHaveURL(/\/signin\?callbackUrl=%2Fstaff/);
  await staff.context().close();
  await admin.context().close();
});

test("a holiday entered in the calendar moves an open case's due date, previewed first; the case page names the holiday", async ({ browser }) => {
  // A reply period in spring 2025, which no other test's cases share: calendar changes are global.
  const receivedAt = "2025-03-03";
  const staffUser = await createTestUser(["staff"]);
  const token = await createTestToken(staffUser.id);
  const res = await fetch(`${baseUrl()}/api/v1/cases`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ ...naturalPersonBody(), channel: "letter", receivedAt }),
  });
  expect(res.status).toBe(201);
  const created = (await res.json()) as { trackingNumber: string; dueDate: string };
  const cal = createWorkCalendar();
  expect(created.dueDate).toBe(addWorkingDays(cal, receivedAt, 20).date);
  const holiday = addWorkingDays(cal, receivedAt, 7).date;
  const note = `e2e临时放假${Date.now().toString(36).slice(-4)}`;
  const movedDue = addWorkingDays(createWorkCalendar({ overrides: [{ date: holiday, kind: "holiday", note }] }), receivedAt, 20).date;

  const adminUser = await freshAdmin();
  const admin = await signedIn(browser, adminUser.email, TEST_PASSWORD);
  await admin.goto("/admin/calendar?year=2025");
  await expect(admin.getByRole("heading", { level: 1, name: "工作日历" })).toBeVisible();
  await expect(admin.getByTestId("year-status")).toContainText("已确定");
  await expect(admin.locator(`td[data-date="${holiday}"]`)).toHaveAttribute("data-kind", "workday");

  const form = admin.getByTestId("override-form");
  await form.getByLabel(/^日期/).fill(holiday);
  await form.getByRole("radio", { name: "放假（节假日）" }).check();
  await form.getByLabel(/^说明/).fill(note);
  await form.getByRole("button", { name: "预览对案件的影响" }).click();
  const preview = admin.getByTestId("calendar-preview");
  await expect(preview).toBeVisible();
  const previewRow = preview.getByTestId("preview-case").filter({ hasText: created.trackingNumber });
  await expect(previewRow).toContainText(created.dueDate);
  await expect(previewRow).toContainText(movedDue);

  // Nothing changed yet.
  const before = await fetch(`${baseUrl()}/api/v1/cases/${created.trackingNumber}`, { headers: { authorization: `Bearer ${token}` } });
  expect(((await before.json()) as { dueDate: string }).dueDate).toBe(created.dueDate);

  await preview.getByRole("button", { name: /^保存并重新计算/ }).click();
  await expect(admin.getByTestId("calendar-saved")).toContainText("日历已保存");
  await expect(admin.locator(`td[data-date="${holiday}"]`)).toHaveAttribute("data-kind", "holiday");
  await expect(admin.getByTestId("override-row").filter({ hasText: holiday })).toContainText(note);

  const after = await fetch(`${baseUrl()}/api/v1/cases/${created.trackingNumber}`, { headers: { authorization: `Bearer ${token}` } });
  const detail = (await after.json()) as { dueDate: string; version: number; events: { action: string }[] };
  expect(detail.dueDate).toBe(movedDue);
  expect(detail.version).toBe(2);
  expect(detail.events.map((e) => e.action)).toContain("case.due_date_recomputed");

  // Staff see the new date on the case page, with the holiday named in its explanation.
  const staff = await signedIn(browser, staffUser.email, TEST_PASSWORD);
  await staff.goto(`/staff/cases/${created.trackingNumber}`);
  await expect(staff.getByTestId("due-date-explanation")).toContainText(note);
  await staff.context().close();

  // The change shows in the audit log, filtered by case.
  await admin.goto(`/admin/audit?case=${created.trackingNumber}`);
  await expect(admin.getByTestId("audit-row").filter({ hasText: "case.due_date_recomputed" })).toHaveCount(1);

  // Removing the override (previewed the same way) moves the date back.
  await admin.goto("/admin/calendar?year=2025");
  await admin.getByTestId("override-row").filter({ hasText: holiday }).getByRole("button", { name: "删除此调整" }).click();
  await expect(admin.getByTestId("calendar-preview").getByTestId("preview-case").filter({ hasText: created.trackingNumber })).toContainText(movedDue);
  await admin.getByTestId("calendar-preview").getByRole("button", { name: /^保存并重新计算/ }).click();
  await expect(admin.getByTestId("calendar-saved")).toBeVisible();
  await expect(admin.getByTestId("override-row").filter({ hasText: holiday })).toHaveCount(0);
  const restored = await fetch(`${baseUrl()}/api/v1/cases/${created.trackingNumber}`, { headers: { authorization: `Bearer ${token}` } });
  expect(((await restored.json()) as { dueDate: string }).dueDate).toBe(created.dueDate);
  await admin.context().close();
});

test("a token created in the admin screen is shown once and works; once revoked it gets 401", async ({ page }) => {
  const owner = await createTestUser(["staff"]);
  await signIn(page, (await freshAdmin()).email, TEST_PASSWORD);
  await page.goto("/admin/tokens");
  const name = `e2e-${Date.now().toString(36)}`;
  await page.getByLabel(/^名称/).fill(name);
  await page.getByLabel(/^所属账户的电子邮箱/).fill(owner.email);
  await page.getByLabel(/^有效天数/).fill("30");
  await page.getByRole("button", { name: "创建令牌" }).click();
  const issued = page.getByTestId("issued-token");
  await expect(issued).toContainText(`令牌“${name}”已创建`);
  const token = await issued.getByLabel("新令牌").inputValue();
  expect(token).toMatch(/^gk_/);
  await expect(issued.getByRole("button", { name: "复制令牌" })).toBeVisible();

  const me = await getMe(token);
  expect(me.status).toBe(200);
  expect(await me.json()).toMatchObject({ email: owner.email });

  // The list shows the prefix only, never the secret; a reload no longer shows the secret either.
  await page.reload();
  await expect(page.getByTestId("issued-token")).toHaveCount(0);
  const row = page.getByTestId("token-row").filter({ hasText: name });
  await expect(row).toContainText(owner.email);
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).not.toContainText(token.slice(10, 30));
  await expect(row).toContainText("有效");

  await row.getByRole("button", { name: "撤销" }).click();
  await row.getByRole("button", { name: "确认撤销" }).click();
  await expect(row).toContainText("已撤销");
  const refused = await getMe(token);
  expect(refused.status).toBe(401);
  expect(await refused.json()).toEqual({ error: { code: "unauthorized" } });
});

test("the admin screens speak English too", async ({ page }) => {
  await signIn(page, (await freshAdmin()).email, TEST_PASSWORD);
  await page.getByRole("button", { name: "切换为英文界面" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  const nav = page.getByTestId("admin-nav");
  for (const [link, heading] of [
    ["Agency settings", "Agency settings"],
    ["Users and roles", "Users and roles"],
    ["Departments", "Departments"],
    ["API tokens", "API tokens"],
    ["Working-day calendar", "Working-day calendar"],
    ["Document templates", "Document templates"],
    ["Audit log", "Audit log"],
    ["Outbox", "Outbox"],
  ] as const) {
    await nav.getByRole("link", { name: link, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(nav.getByRole("link", { name: link, exact: true })).toHaveAttribute("aria-current", "page");
  }
  // Settings: a bad prefix is refused next to the field, in English.
  await nav.getByRole("link", { name: "Agency settings", exact: true }).click();
  await page.getByLabel(/^Tracking-number prefix/).fill("G1");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.locator("#settings-trackingPrefix-error")).toHaveText("The tracking prefix must be 2 to 6 capital letters.");
  await page.getByRole("button", { name: "Switch to Chinese" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "机关设置" })).toBeVisible();
});
