import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../db/demo-accounts";
import { waitForMail } from "../tests/support/test-mail";
import { signIn, signOut, uniqueEmail } from "./helpers";

test("a citizen registers, signs in and out, and resets a forgotten password through the mail", async ({ page }) => {
  const email = uniqueEmail("citizen");
  await page.goto("/register");
  await page.getByLabel("姓名").fill("刘洋");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel(/^密码/).fill("short");
  await page.getByLabel("确认密码").fill("short");
  await page.getByRole("button", { name: "注册" }).click();
  // Field errors in zh-CN, next to the field and summarised at the top.
  await expect(page.getByTestId("form-errors")).toContainText("密码不得少于10个字符");

  await page.getByLabel(/^密码/).fill("liuyang-2026-pw");
  await page.getByLabel("确认密码").fill("liuyang-2026-pw");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/signin\?registered=1/);
  await expect(page.getByText("注册成功，请登录。")).toBeVisible();

  await signIn(page, email, "liuyang-2026-pw");
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: "我的申请" })).toBeVisible();
  await signOut(page);

  // A wrong password is refused with a clear message.
  await page.goto("/signin");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel(/^密码/).fill("not-the-password-1");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("form-errors")).toContainText("电子邮箱或密码不正确");

  // Forgotten password: the one-time link arrives at the test SMTP server.
  const requestedAt = Date.now();
  await page.getByRole("link", { name: "忘记密码？" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "找回密码" })).toBeVisible();
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByRole("button", { name: "发送重置链接" }).click();
  await expect(page.getByText("如果该邮箱已注册，重置链接已发送")).toBeVisible();
  const mail = await waitForMail(email, { subject: /重置您的密码/, after: requestedAt });
  const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  expect(link).toBeTruthy();

  await page.goto(link!);
  await page.getByLabel(/^密码/).fill("liuyang-new-2026");
  await page.getByLabel("确认密码").fill("liuyang-new-2026");
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1/);
  await signIn(page, email, "liuyang-new-2026");
  await expect(page).toHaveURL(/\/portal$/);
  await signOut(page);

  // The link works once.
  await page.goto(link!);
  await page.getByLabel(/^密码/).fill("liuyang-third-2026");
  await page.getByLabel("确认密码").fill("liuyang-third-2026");
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expect(page.getByTestId("form-errors")).toContainText("该重置链接无效或已过期");
});

test("each demo role lands on its own home", async ({ page }) => {
  const homes: Record<string, { path: string; heading: string }> = {
    "citizen@demo.gongkai.cn": { path: "/portal", heading: "我的申请" },
    "staff@demo.gongkai.cn": { path: "/staff", heading: "办理工作台" },
    "supervisor@demo.gongkai.cn": { path: "/supervisor", heading: "督办与统计" },
    "admin@demo.gongkai.cn": { path: "/admin", heading: "系统管理" },
  };
  for (const account of DEMO_ACCOUNTS) {
    const home = homes[account.email]!;
    await signIn(page, account.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
    await signOut(page);
  }
});

test("a citizen is refused a staff page by the server, and an anonymous visitor is sent to sign in", async ({ page }) => {
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fstaff/);

  await signIn(page, "citizen@demo.gongkai.cn", DEMO_PASSWORD);
  for (const path of ["/staff", "/supervisor", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByTestId("forbidden")).toContainText("无权访问");
  }
  // Staff never reach admin either.
  await signOut(page);
  await signIn(page, "staff@demo.gongkai.cn", DEMO_PASSWORD);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
});

test("the interface switches to English and remembers it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "政府信息公开申请" })).toBeVisible();
  await page.getByRole("button", { name: "切换为英文界面" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Request government information" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  // Field errors in English too.
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("form-errors")).toContainText("This field is required");
  await page.getByRole("button", { name: "Switch to Chinese" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
});
