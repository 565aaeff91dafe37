import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { closeSql } from "../tests/support/db";
import { baseUrl, createTestToken, createTestUser } from "../tests/support/factories";
import { naturalPersonBody } from "../tests/support/request-bodies";
import { signIn } from "./helpers";

const DEMO_PASSWORD = "gongkai-demo-2026";
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

test.afterAll(() => closeSql());

/** A letter registered through the staff API today, with a title nobody else uses (to find it by search). */
async function registerLetter(title: string): Promise<string> {
  const token = await createTestToken((await createTestUser(["staff"])).id);
  const body = naturalPersonBody();
  body.information.title = title;
  const res = await fetch(`${baseUrl()}/api/v1/cases`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ ...body, channel: "letter", receivedAt: today }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { trackingNumber: string }).trackingNumber;
}

/** Opens one allowed action's form on the case page and returns it. */
async function openAction(page: Page, action: string) {
  const panel = page.locator(`details[data-action="${action}"]`);
  await panel.locator("summary").click();
  return panel;
}

test("staff find a case by search, read its due-date explanation, send a 补正 notice, record the supplement and reply 同意部分公开", async ({ page }) => {
  const title = `车辆登记统计-${crypto.randomBytes(4).toString("hex")}`;
  const trackingNumber = await registerLetter(title);

  await signIn(page, "staff@demo.gongkai.cn", DEMO_PASSWORD);
  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1, name: "办理工作台" })).toBeVisible();
  await page.getByLabel("搜索", { exact: true }).fill(title);
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByTestId("queue-row")).toHaveCount(1);
  await page.getByRole("link", { name: trackingNumber }).click();

  await expect(page.getByRole("heading", { level: 1, name: `申请 ${trackingNumber}` })).toBeVisible();
  const overview = page.getByTestId("status").first();
  await expect(overview).toHaveText("办理中");
  const explanation = page.getByTestId("due-date-explanation");
  await expect(explanation).toContainText("收到申请。这一天算第 0 天");
  await expect(explanation).toContainText("答复期限：");

  // 补正: one notice, with what is missing and a deadline; the clock stops.
  const clarification = await openAction(page, "request_clarification");
  await clarification.getByLabel(/需要补正的内容/).fill("请说明所需统计数据的年份和区域范围。");
  await clarification.getByLabel(/补正期限/).fill(plusDays(today, 15));
  await clarification.getByRole("button", { name: "发出补正告知" }).click();
  await expect(page.getByText("已完成：发出补正告知。")).toBeVisible();
  await expect(overview).toHaveText("待补正");
  await expect(explanation).toContainText("目前计时暂停，等待申请人补正");
  await expect(page.getByTestId("timeline")).toContainText("发出补正告知");
  // The notice can be sent only once: the action is no longer offered.
  await expect(page.locator('details[data-action="request_clarification"]')).toHaveCount(0);

  // The supplement arrives today: the 20 working days start again.
  const supplement = await openAction(page, "receive_clarification");
  await expect(supplement.getByLabel(/收到补正的日期/)).toHaveValue(today);
  await supplement.getByRole("button", { name: "登记收到补正" }).click();
  await expect(overview).toHaveText("办理中");
  await expect(explanation).toContainText("收到申请人的补正材料。答复期限从这一天起重新计算 20 个工作日");

  // Reply: the reason list follows the outcome; 同意部分公开 allows only reason 2.
  const reply = await openAction(page, "reply");
  await reply.getByRole("button", { name: "答复" }).click();
  await expect(page.getByTestId("form-errors")).toContainText("请从给定选项中选择");
  await reply.getByRole("radio", { name: "同意部分公开" }).check();
  const reason = reply.getByLabel(/具体情形/);
  await expect(reason).toHaveValue("2");
  await expect(reason.locator("option")).toHaveText(["请选择具体情形", "2 部分公开（区分处理的，只计这一情形，不计其他情形）"]);
  await reply.getByLabel(/法律依据/).fill("《中华人民共和国政府信息公开条例》第三十七条");
  await reply.getByRole("button", { name: "答复" }).click();

  await expect(page.getByText("已完成：答复。")).toBeVisible();
  await expect(overview).toHaveText("已答复");
  await expect(page.getByText("2 部分公开（区分处理的，只计这一情形，不计其他情形）").first()).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("作出答复");
  await expect(page.locator('details[data-action="close"]')).toHaveCount(1);
});

test("a stale form is refused with a clear message instead of overwriting someone else's change", async ({ page, browser }) => {
  const trackingNumber = await registerLetter(`并发-${crypto.randomBytes(4).toString("hex")}`);
  await signIn(page, "staff@demo.gongkai.cn", DEMO_PASSWORD);
  await page.goto(`/staff/cases/${trackingNumber}`);

  // Someone else acts on the case meanwhile (a second session).
  const other = await browser.newPage();
  await signIn(other, "supervisor@demo.gongkai.cn", DEMO_PASSWORD);
  await other.goto(`/staff/cases/${trackingNumber}`);
  const extension = await openAction(other, "request_extension");
  await extension.getByLabel(/延期理由/).fill("所需信息需要调取多个部门的档案。");
  await extension.getByRole("button", { name: "申请延期" }).click();
  await expect(other.getByText("已完成：申请延期。")).toBeVisible();
  await other.close();

  const withdraw = await openAction(page, "withdraw");
  await withdraw.getByRole("button", { name: "登记撤回申请" }).click();
  await expect(page.getByTestId("form-errors")).toContainText("该案件刚被他人修改");
  await withdraw.getByRole("button", { name: "重新加载" }).click();
  await expect(page.getByTestId("form-errors")).toHaveCount(0);
  await expect(page.getByTestId("timeline")).toContainText("申请延期");
});

test("staff preview the 答复书 from its template, edit it, and the edited text is what is stored, shown and sent", async ({ page }) => {
  const title = `答复书编辑-${crypto.randomBytes(4).toString("hex")}`;
  const trackingNumber = await registerLetter(title);
  await signIn(page, "staff@demo.gongkai.cn", DEMO_PASSWORD);
  await page.goto(`/staff/cases/${trackingNumber}`);

  const reply = await openAction(page, "reply");
  await reply.getByRole("radio", { name: "同意公开", exact: true }).check();
  await expect(reply.getByLabel(/具体情形/)).toHaveValue("1");
  const draft = reply.getByTestId("document-draft");
  await expect(reply.getByRole("group", { name: "发送的文书：答复书" })).toBeVisible();
  const text = draft.getByLabel(/答复书正文/);
  await expect(text).toHaveValue("");

  // The preview is the template filled with the case and the form's values.
  await draft.getByRole("button", { name: "按当前填写内容生成预览" }).click();
  await expect(draft.getByRole("status")).toHaveText("已按模板生成，可在下面修改。");
  await expect(text).toHaveValue(/本机关决定予以公开/);
  await expect(text).toHaveValue(new RegExp(title));

  // Changing the form afterwards is pointed out; generating again follows the new values.
  const basis = "《中华人民共和国政府信息公开条例》第二十条";
  await reply.getByLabel(/法律依据/).fill(basis);
  await expect(draft.getByText("生成预览后您又修改了上面的内容")).toBeVisible();
  await draft.getByRole("button", { name: "重新生成（覆盖已修改的文字）" }).click();
  await expect(text).toHaveValue(new RegExp(`根据${basis}的规定`));
  await expect(draft.getByText("生成预览后您又修改了上面的内容")).toHaveCount(0);

  // Staff edit the letter: a sentence of their own, with markup that must stay text.
  const sentence = "请于工作日到本局政务服务窗口领取<纸质材料>，并携带本答复书。";
  const generated = await text.inputValue();
  await text.fill(generated.replace("特此答复。", `${sentence}\n特此答复。`));
  await reply.getByRole("button", { name: "答复", exact: true }).click();
  await expect(page.getByText("已完成：答复。")).toBeVisible();

  // The stored 答复书 is the edited text, exactly (staff API) …
  const token = await createTestToken((await createTestUser(["staff"])).id);
  const docs = (await (await fetch(`${baseUrl()}/api/v1/cases/${trackingNumber}/documents`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
    items: { id: string; kind: string; body: string }[];
  };
  const letter = docs.items.find((d) => d.kind === "reply_letter")!;
  expect(letter.body).toBe(generated.replace("特此答复。", `${sentence}\n特此答复。`));

  // … the document page shows it as text, and the PDF download is there.
  const documents = page.getByTestId("case-documents");
  await documents.getByRole("link", { name: "查看并打印《政府信息公开申请答复书》" }).click();
  await expect(page.getByTestId("document-body")).toContainText(sentence);
  await expect(page.getByTestId("document-body")).toContainText(basis);
  const pdf = await page.request.get(`/api/web/documents/${letter.id}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
});
