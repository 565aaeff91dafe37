import { expect, type Page } from "@playwright/test";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel(/电子邮箱|E-mail/).fill(email);
  await page.getByLabel(/^(密码|Password)/).fill(password);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /退出登录|Sign out/ }).click();
  await expect(page.getByRole("link", { name: /^(登录|Sign in)$/ }).first()).toBeVisible();
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@test.gongkai.cn`;
}
