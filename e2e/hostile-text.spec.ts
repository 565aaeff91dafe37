import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { closeSql, sql } from "../tests/support/db";
import { baseUrl } from "../tests/support/factories";
import { organizationBody } from "../tests/support/request-bodies";
import { signIn } from "./helpers";

const DEMO_PASSWORD = "gongkai-demo-2026";
const SCRIPT = "<img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>";

test.afterAll(() => closeSql());

test("hostile text in a request is stored verbatim and shown to staff as text: no script runs", async ({ page }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const body = organizationBody();
  body.applicant.name = `<b onmouseover=window.__pwned=1>${tag}</b> 律师事务所`;
  const title = `<script>window.__pwned=1</script>${tag}`;
  const description = `请提供以下信息：${SCRIPT} '); DROP TABLE cases; -- {{7*7}} \${7*7} ${tag}`;
  const res = await fetch(`${baseUrl()}/api/v1/requests`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `10.66.${crypto.randomInt(255)}.${crypto.randomInt(1, 255)}` },
    body: JSON.stringify({ ...body, information: { title, documentNumber: "' OR 1=1 --", description } }),
  });
  expect(res.status).toBe(201);
  const { trackingNumber } = (await res.json()) as { trackingNumber: string };

  // Stored exactly as sent (and the cases table is still there).
  const [row] = await sql()<{ info_title: string; info_description: string; name: string }[]>`
    select c.info_title, c.info_description, a.name from cases c join applicants a on a.id = c.applicant_id where c.tracking_number = ${trackingNumber}`;
  expect(row).toEqual({ info_title: title, info_description: description, name: body.applicant.name });

  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page, "staff@demo.gongkai.cn", DEMO_PASSWORD);

  // The queue lists it (title and applicant) as text …
  await page.goto(`/staff?q=${tag}`);
  await expect(page.getByTestId("queue-row")).toHaveCount(1);
  await expect(page.getByTestId("queue-row")).toContainText(title);

  // … and the case page shows every field verbatim.
  await page.getByRole("link", { name: trackingNumber }).click();
  await expect(page.getByRole("heading", { level: 1, name: `申请 ${trackingNumber}` })).toBeVisible();
  await expect(page.getByText(description, { exact: true })).toBeVisible();
  await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(body.applicant.name, { exact: true }).first()).toBeVisible();
  await expect(page.getByText("' OR 1=1 --", { exact: true }).first()).toBeVisible();

  // Nothing ran: no flag, no dialog, and the markup is text, not elements.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator("img[src='x']")).toHaveCount(0);
  await expect(page.locator("b[onmouseover]")).toHaveCount(0);
  await page.getByText(body.applicant.name, { exact: true }).first().hover();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
