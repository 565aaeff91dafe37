import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { formatDocumentDate } from "@/lib/domain/documents";
import { previewActionDocument } from "@/lib/server/documents/preview-action-document";
import type { CaseActionInput } from "@/lib/validation/case-actions";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";

// The case page's "preview / edit the document" step: the preview is exactly the document the action then issues
// when staff leave the text as generated, it writes nothing, and it is refused as the action would be.

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
let staff: { id: string; token: string };
let supervisor: { id: string; token: string };

beforeAll(async () => {
  const s = await createTestUser(["staff"]);
  const v = await createTestUser(["staff", "supervisor"]);
  staff = { id: s.id, token: await createTestToken(s.id) };
  supervisor = { id: v.id, token: await createTestToken(v.id) };
});
afterAll(async () => {
  await closeSql();
  await closeDb();
});

async function call(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { version: number; dueDate: string } };
}

async function registerLetter() {
  const r = await call("POST", "/api/v1/cases", staff.token, { ...naturalPersonBody(), channel: "letter", receivedAt: today });
  expect(r.status).toBe(201);
  return r.body as unknown as { trackingNumber: string; version: number; dueDate: string };
}

async function documentsOf(tn: string) {
  const r = await call("GET", `/api/v1/cases/${tn}/documents`, staff.token);
  return (r.body as unknown as { items: { kind: string; title: string; body: string }[] }).items;
}

async function writes(tn: string) {
  const [row] = await sql()<{ version: number; docs: number; events: number }[]>`
    select c.version,
      (select count(*)::int from case_documents d where d.case_id = c.id) as docs,
      (select count(*)::int from audit_events e where e.case_id = c.id) as events
    from cases c where c.tracking_number = ${tn}`;
  return row!;
}

const asStaff = () => ({ actorId: staff.id, roles: ["staff"] });
const asSupervisor = () => ({ actorId: supervisor.id, roles: ["staff", "supervisor"] });

describe("document preview before sending", () => {
  it("shows the 补正告知书 with the form's values, writes nothing, and is what the action issues unedited", async () => {
    const c = await registerLetter();
    const db = await getDb();
    const body: CaseActionInput = { action: "request_clarification", expectedVersion: c.version, message: "请写明所需数据的年份。", deadline: plusDays(today, 12) };
    const before = await writes(c.trackingNumber);
    const preview = await previewActionDocument(db, c.trackingNumber.toLowerCase(), body, asStaff());
    expect(preview).toMatchObject({ kind: "clarification_notice", title: "政府信息公开申请补正告知书", missing: [] });
    expect(preview.body).toContain(`请写明所需数据的年份。\n请您于${formatDocumentDate(plusDays(today, 12))}前`);
    expect(await writes(c.trackingNumber)).toEqual(before);

    expect((await call("POST", `/api/v1/cases/${c.trackingNumber}/actions`, staff.token, body)).status).toBe(200);
    const issued = (await documentsOf(c.trackingNumber)).find((d) => d.kind === "clarification_notice")!;
    expect(issued.body).toBe(preview.body);
    expect(issued.title).toBe(preview.title);
  });

  it("names the extended due date in the 延期答复告知书 before the supervisor approves, and only to a supervisor", async () => {
    const c = await registerLetter();
    const db = await getDb();
    const requested = await call("POST", `/api/v1/cases/${c.trackingNumber}/actions`, staff.token, { action: "request_extension", expectedVersion: c.version, reason: "需要调取多个部门的档案。" });
    expect(requested.status).toBe(200);
    const approve: CaseActionInput = { action: "approve_extension", expectedVersion: requested.body.version, workingDays: 15 };

    await expect(previewActionDocument(db, c.trackingNumber, approve, asStaff())).rejects.toMatchObject({ code: "forbidden", reason: "role.forbidden" });
    const preview = await previewActionDocument(db, c.trackingNumber, approve, asSupervisor());
    expect(preview.body).toContain("答复期限延长15个工作日");
    expect(preview.body).not.toContain(formatDocumentDate(c.dueDate)); // the current date is not the one promised

    const approved = await call("POST", `/api/v1/cases/${c.trackingNumber}/actions`, supervisor.token, approve);
    expect(approved.status).toBe(200);
    expect(preview.body).toContain(`本机关将于${formatDocumentDate(approved.body.dueDate)}前作出答复`);
    expect((await documentsOf(c.trackingNumber)).find((d) => d.kind === "extension_notice")!.body).toBe(preview.body);
  });

  it("previews the outcome's 答复书, and refuses what the action would refuse", async () => {
    const c = await registerLetter();
    const db = await getDb();
    const reply: CaseActionInput = { action: "reply", expectedVersion: c.version, outcome: "refused", reasonCode: "3.1", letter: "这段文字不进入预览。" };
    const preview = await previewActionDocument(db, c.trackingNumber, reply, asStaff());
    expect(preview.kind).toBe("reply_letter");
    expect(preview.body).toContain("涉及“属于国家秘密”的情形");
    expect(preview.body).not.toContain("这段文字不进入预览");

    // Stale version → conflict; 4.3 without a 补正 notice → refused; an action without a document → validation.
    await expect(previewActionDocument(db, c.trackingNumber, { ...reply, expectedVersion: c.version + 1 }, asStaff())).rejects.toMatchObject({ code: "conflict" });
    await expect(previewActionDocument(db, c.trackingNumber, { action: "reply", expectedVersion: c.version, outcome: "unclear", reasonCode: "4.3" }, asStaff())).rejects.toMatchObject({
      code: "not_allowed",
    });
    await expect(previewActionDocument(db, c.trackingNumber, { action: "close", expectedVersion: c.version }, asStaff())).rejects.toMatchObject({ code: "validation" });
    await expect(previewActionDocument(db, "GK-1999-000001", reply, asStaff())).rejects.toMatchObject({ code: "not_found" });

    const { letter: _, ...unedited } = reply as Extract<CaseActionInput, { action: "reply" }>;
    expect((await call("POST", `/api/v1/cases/${c.trackingNumber}/actions`, staff.token, unedited)).status).toBe(200);
    expect((await documentsOf(c.trackingNumber)).find((d) => d.kind === "reply_letter")!.body).toBe(preview.body);
  });

  it("stores the edited text exactly, and refuses one past the length limit with a field message, writing nothing", async () => {
    const c = await registerLetter();
    const tooLong = "补".repeat(50_001);
    const before = await writes(c.trackingNumber);
    const refused = await call("POST", `/api/v1/cases/${c.trackingNumber}/actions`, staff.token, { action: "issue_fee_notice", expectedVersion: c.version, amountYuan: 80, documentText: tooLong });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("documentText");
    expect(await writes(c.trackingNumber)).toEqual(before);

    const edited = "王小明：\n<b>经审查</b>，需收取信息处理费人民币80.00元。\n特此通知。";
    expect((await call("POST", `/api/v1/cases/${c.trackingNumber}/actions`, staff.token, { action: "issue_fee_notice", expectedVersion: c.version, amountYuan: 80, documentText: edited })).status).toBe(200);
    expect((await documentsOf(c.trackingNumber)).find((d) => d.kind === "fee_notice")!.body).toBe(edited);
  });
});
