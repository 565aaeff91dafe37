import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { addWorkingDays, createWorkCalendar } from "@/lib/domain/calendar";
import { formatDocumentDate } from "@/lib/domain/documents";
import { previewCaseDocument } from "@/lib/server/documents/preview-case-document";
import { grantedCaseIdFrom, LOOKUP_GRANT_COOKIE } from "@/lib/server/requests/lookup-grant";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";
import { waitForMail } from "../support/test-mail";

type Doc = {
  id: string;
  kind: string;
  documentNumber: string;
  title: string;
  body: string;
  issuedOn: string;
  visibleToApplicant: boolean;
  templateVersion: number | null;
  services: { method: string; emsNumber: string | null; servedAt: string }[];
};

let staffToken: string;
let supervisorToken: string;
let citizen: { id: string; token: string };
let otherCitizenToken: string;
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const cal = createWorkCalendar();
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const NUMBER = new RegExp(`^〔${today.slice(0, 4)}〕第[1-9]\\d*号$`);

beforeAll(async () => {
  staffToken = await createTestToken((await createTestUser(["staff"])).id);
  supervisorToken = await createTestToken((await createTestUser(["staff", "supervisor"])).id);
  const c = await createTestUser(["citizen"]);
  citizen = { id: c.id, token: await createTestToken(c.id) };
  otherCitizenToken = await createTestToken((await createTestUser(["citizen"])).id);
});
afterAll(async () => {
  await closeSql();
  await closeDb();
});

async function api(method: string, path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: "manual",
  });
  return res;
}
const json = async (res: Response) => ({ status: res.status, body: await res.json() });

async function registerLetter(email = `doc-${crypto.randomBytes(5).toString("hex")}@test.gongkai.cn`) {
  const r = await json(await api("POST", "/api/v1/cases", staffToken, { ...naturalPersonBody({ email }), channel: "letter", receivedAt: today }));
  expect(r.status).toBe(201);
  return { ...(r.body as { trackingNumber: string; version: number; dueDate: string }), email };
}

const act = async (tn: string, body: Record<string, unknown>, token = staffToken) => json(await api("POST", `/api/v1/cases/${tn}/actions`, token, body));
async function documents(tn: string): Promise<Doc[]> {
  const r = await json(await api("GET", `/api/v1/cases/${tn}/documents`, staffToken));
  expect(r.status).toBe(200);
  return r.body.items;
}
const caseIdOf = async (tn: string) => (await sql()<{ id: string }[]>`select id from cases where tracking_number = ${tn}`)[0]!.id;
const documentMails = async (tn: string) =>
  Number((await sql()<{ n: number }[]>`select count(*)::int as n from mail_outbox where template = 'document_issued' and case_id = ${await caseIdOf(tn)}`)[0]!.n);

/** The status lookup's signed grant for one case, as the app sets it after a correct query code. */
function grantCookie(caseId: string): string {
  const key = Buffer.from(crypto.hkdfSync("sha256", process.env.AUTH_SECRET!, Buffer.alloc(0), "gongkai:lookup-grant:v1", 32));
  const payload = `${caseId}.${Math.floor(Date.now() / 1000) + 600}`;
  const value = `${payload}.${crypto.createHmac("sha256", key).update(payload).digest("base64url")}`;
  expect(grantedCaseIdFrom(value)).toBe(caseId);
  return `${LOOKUP_GRANT_COOKIE}=${value}`;
}

describe("documents", () => {
  it("issues a numbered 受理回执 at registration, audits it and mails the applicant", async () => {
    const c = await registerLetter();
    const [ack, ...rest] = await documents(c.trackingNumber);
    expect(rest).toEqual([]);
    expect(ack).toMatchObject({ kind: "acknowledgement", title: "政府信息公开申请受理回执", issuedOn: today, visibleToApplicant: true, templateVersion: 1, services: [] });
    expect(ack!.documentNumber).toMatch(NUMBER);
    expect(ack!.body).toMatch(/^王小明：\n/);
    expect(ack!.body).toContain(`受理编号为${c.trackingNumber}`);
    expect(ack!.body).toContain(`即${formatDocumentDate(c.dueDate)}前作出答复`);
    expect(ack!.body).toContain("第三十三条第二款");
    expect(ack!.body).not.toContain("{{");

    const events = await sql()<{ action: string; entity_id: string }[]>`
      select action, entity_id from audit_events where case_id = ${await caseIdOf(c.trackingNumber)} order by id`;
    expect(events.map((e) => e.action)).toEqual(["case.registered", "case.document_issued"]);
    expect(events[1]!.entity_id).toBe(ack!.id);
    const mail = await waitForMail(c.email, { subject: /受理回执/ });
    expect(mail.text).toContain(c.trackingNumber);
    expect(mail.text).toContain(ack!.documentNumber);
    expect(mail.text).toContain("/track?tn=");
  });

  it("issues a 补正告知书 with the message and deadline, or exactly the text staff edited", async () => {
    const c = await registerLetter();
    const deadline = plusDays(today, 15);
    const message = "请写明所需统计数据的年份和行政区域范围。\n如需分区数据，请列明区名。";
    const r = await act(c.trackingNumber, { action: "request_clarification", expectedVersion: c.version, message, deadline });
    expect(r.status).toBe(200);
    const notice = (await documents(c.trackingNumber)).find((d) => d.kind === "clarification_notice")!;
    expect(notice.title).toBe("政府信息公开申请补正告知书");
    expect(notice.body).toContain(message);
    expect(notice.body).toContain(`请您于${formatDocumentDate(deadline)}前按照上述要求作出补正`);
    expect(notice.body).toContain("第三十条");
    await waitForMail(c.email, { subject: /补正告知书/ });

    const edited = await registerLetter();
    const text = "王小明：\n经审查，请补充说明所需信息的时间范围。\n请于十五日内补正。\n特此告知。";
    expect((await act(edited.trackingNumber, { action: "request_clarification", expectedVersion: 1, message: "请补充时间范围。", deadline, documentText: text })).status).toBe(200);
    expect((await documents(edited.trackingNumber)).find((d) => d.kind === "clarification_notice")!.body).toBe(text);
    // The edited text is not a workflow fact: malformed → 400, unknown on actions without a document → 400.
    expect((await act(edited.trackingNumber, { action: "close", expectedVersion: 2, documentText: "x" })).status).toBe(400);
  });

  it("stores a reply's letter exactly; without one, the outcome's template with its legal basis and the remedies", async () => {
    const written = await registerLetter();
    const letter = "王小明：\n经审查，您申请的信息涉及第三方商业秘密，部分公开。\n特此答复。";
    expect((await act(written.trackingNumber, { action: "reply", expectedVersion: 1, outcome: "partially_disclosed", reasonCode: "2", letter })).status).toBe(200);
    const reply = (await documents(written.trackingNumber)).find((d) => d.kind === "reply_letter")!;
    expect(reply.body).toBe(letter);
    expect(reply.title).toBe("政府信息公开申请答复书");

    const templated = await registerLetter();
    expect((await act(templated.trackingNumber, { action: "reply", expectedVersion: 1, outcome: "not_exist", reasonCode: "4.1" })).status).toBe(200);
    const fromTemplate = (await documents(templated.trackingNumber)).find((d) => d.kind === "reply_letter")!;
    expect(fromTemplate.body).toContain("经本机关检索，本机关不掌握相关政府信息。");
    expect(fromTemplate.body).toContain("第三十六条第（四）项");
    expect(fromTemplate.body).toContain("告知您该政府信息不存在");
    expect(fromTemplate.body).toContain("60日内依法申请行政复议");
    expect(fromTemplate.body).toContain("6个月内依法向人民法院提起行政诉讼");
    expect(fromTemplate.body).not.toContain("{{");
    await waitForMail(templated.email, { subject: /答复书/ });

    const refused = await registerLetter();
    const basis = "《中华人民共和国保守国家秘密法》第二条";
    expect((await act(refused.trackingNumber, { action: "reply", expectedVersion: 1, outcome: "refused", reasonCode: "3.1", legalBasis: basis })).status).toBe(200);
    expect((await documents(refused.trackingNumber)).find((d) => d.kind === "reply_letter")!.body).toContain(`根据${basis}的规定，本机关决定不予公开。`);
  });

  it("issues a 延期答复告知书, a 收费通知 and a 征求意见函 — the last one for the consulted party only", async () => {
    const c = await registerLetter();
    let v = c.version;
    const ext = await act(c.trackingNumber, { action: "request_extension", expectedVersion: v, reason: "需要调取多个部门的档案。" });
    v = ext.body.version;
    const approved = await act(c.trackingNumber, { action: "approve_extension", expectedVersion: v }, supervisorToken);
    expect(approved.status).toBe(200);
    v = approved.body.version;
    const fee = await act(c.trackingNumber, { action: "issue_fee_notice", expectedVersion: v, amountYuan: 120 });
    expect(fee.status).toBe(200);
    v = fee.body.version;
    expect((await act(c.trackingNumber, { action: "record_fee_payment", expectedVersion: v, paidAt: today })).status).toBe(200);
    const consult = await act(c.trackingNumber, { action: "start_consultation", expectedVersion: v + 1, party: "广州某某科技有限公司" });
    expect(consult.status).toBe(200);

    const docs = await documents(c.trackingNumber);
    expect(docs.map((d) => d.kind)).toEqual(["acknowledgement", "extension_notice", "fee_notice", "consultation_letter"]);
    const [, extension, feeNotice, letter] = docs;
    expect(extension!.body).toContain("因需要调取多个部门的档案，本机关不能在规定期限内作出答复");
    expect(extension!.body).toContain(`答复期限延长20个工作日，本机关将于${formatDocumentDate(approved.body.dueDate)}前作出答复`);
    expect(feeNotice!.body).toContain("人民币120.00元");
    expect(feeNotice!.body).toContain(`请您于${formatDocumentDate(addWorkingDays(cal, today, 20).date)}前`);
    expect(feeNotice!.body).toContain("国办函〔2020〕109号");
    expect(letter!.body).toMatch(/^广州某某科技有限公司：\n/);
    expect(letter!.visibleToApplicant).toBe(false);
    // A mail for each document addressed to the applicant; none for the letter to the third party.
    expect(await documentMails(c.trackingNumber)).toBe(3);
  });

  it("previews a document for editing without issuing anything", async () => {
    const c = await registerLetter();
    const count = async () => Number((await sql()<{ n: number }[]>`select count(*)::int as n from case_documents`)[0]!.n);
    const before = await count();
    const db = await getDb();
    const reply = await previewCaseDocument(db, c.trackingNumber.toLowerCase(), "reply_letter", { outcome: "refused", reasonCode: "3.1" });
    expect(reply).toMatchObject({ title: "政府信息公开申请答复书", missing: [], templateVersion: 1 });
    expect(reply!.body).toContain("涉及“属于国家秘密”的情形");
    expect(reply!.body).toContain("第十四条和第三十六条第（三）项");
    const notice = await previewCaseDocument(db, c.trackingNumber, "clarification_notice", { message: "请写明年份。", deadline: plusDays(today, 10) });
    expect(notice!.body).toContain(`请写明年份。\n请您于${formatDocumentDate(plusDays(today, 10))}前`);
    const gaps = await previewCaseDocument(db, c.trackingNumber, "fee_notice", {});
    expect(gaps!.missing).toEqual(["amountYuan", "deadline"]);
    expect(gaps!.body).toContain("人民币{{amountYuan}}元");
    expect(await previewCaseDocument(db, "GK-1999-000001", "reply_letter", {})).toBeNull();
    expect(await count()).toBe(before);
  });

  it("numbers documents gap-free within the year, even when many are issued at once", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => api("POST", "/api/v1/cases", staffToken, { ...naturalPersonBody(), channel: "letter", receivedAt: today }).then(json)));
    expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const replies = await Promise.all(results.map((r) => act(r.body.trackingNumber, { action: "reply", expectedVersion: 1, outcome: "disclosed", reasonCode: "1" })));
    expect(replies.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);

    const mine = await sql()<{ document_number: string }[]>`
      select d.document_number from case_documents d join cases c on c.id = d.case_id where c.tracking_number = any(${results.map((r) => r.body.trackingNumber as string)})`;
    expect(mine).toHaveLength(24);
    expect(new Set(mine.map((d) => d.document_number)).size).toBe(24);
    const year = Number(today.slice(0, 4));
    const seqs = (await sql()<{ seq: number }[]>`select number_seq as seq from case_documents where number_year = ${year} order by number_seq`).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const [counter] = await sql()<{ last_seq: number }[]>`select last_seq from document_counters where year = ${year}`;
    expect(counter!.last_seq).toBe(seqs.length);
  });

  it("records service: EMS number required for post, no future date, audited, listed with the document", async () => {
    const c = await registerLetter();
    const [ack] = await documents(c.trackingNumber);
    const path = `/api/v1/documents/${ack!.id}/service`;
    const before = await sql()<{ n: number }[]>`select count(*)::int as n from document_services`;

    const noEms = await json(await api("POST", path, staffToken, { method: "post", servedAt: today }));
    expect(noEms.status).toBe(400);
    expect(noEms.body.error.fields.emsNumber).toBe("邮寄送达须填写 EMS 邮件号");
    const english = await json(await api("POST", path, staffToken, { method: "post", servedAt: today }, { "accept-language": "en" }));
    expect(english.body.error.fields.emsNumber).toBe("Service by post needs the EMS tracking number.");
    const future = await json(await api("POST", path, staffToken, { method: "email", servedAt: plusDays(today, 1) }));
    expect(future.status).toBe(400);
    expect(future.body.error.fields.servedAt).toEqual(expect.any(String));
    const beforeIssue = await json(await api("POST", path, staffToken, { method: "in_person", servedAt: plusDays(today, -1) }));
    expect(beforeIssue.status).toBe(400);
    expect(beforeIssue.body.error.fields.servedAt).toBe("送达日期不能早于文书日期");
    for (const bad of [{ method: "pigeon", servedAt: today }, { method: "email", servedAt: "2026-02-30" }, { method: "email", emsNumber: "EA123456789CN", servedAt: today }, { method: "post", emsNumber: "EA123456789CN", servedAt: today, extra: 1 }]) {
      expect((await api("POST", path, staffToken, bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await api("POST", path, citizen.token, { method: "email", servedAt: today })).status).toBe(403);
    expect((await api("POST", path, null, { method: "email", servedAt: today })).status).toBe(401);
    expect((await api("POST", `/api/v1/documents/${crypto.randomUUID()}/service`, staffToken, { method: "email", servedAt: today })).status).toBe(404);
    expect((await api("POST", "/api/v1/documents/not-a-uuid/service", staffToken, { method: "email", servedAt: today })).status).toBe(404);
    const after = await sql()<{ n: number }[]>`select count(*)::int as n from document_services`;
    expect(after[0]!.n).toBe(before[0]!.n);

    const ok = await json(await api("POST", path, staffToken, { method: "post", emsNumber: " ea123456789cn ", servedAt: today }));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ documentId: ack!.id, method: "post", emsNumber: "EA123456789CN", servedAt: today });
    const [listed] = await documents(c.trackingNumber);
    expect(listed!.services).toMatchObject([{ method: "post", emsNumber: "EA123456789CN", servedAt: today }]);
    const audit = await sql()<{ action: string; after: { method: string; emsNumber: string } }[]>`
      select action, after from audit_events where entity_id = ${ack!.id} and action = 'case.document_served'`;
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ method: "post", emsNumber: "EA123456789CN" });
    expect((await api("GET", "/api/v1/cases/GK-1999-000001/documents", staffToken)).status).toBe(404);
    expect((await api("GET", `/api/v1/cases/${c.trackingNumber}/documents`, citizen.token)).status).toBe(403);
  });

  it("serves the PDF and the print page to staff and the applicant, the same 404 to anyone else", async () => {
    const c = await registerLetter();
    const caseId = await caseIdOf(c.trackingNumber);
    await sql()`update cases set citizen_user_id = ${citizen.id} where id = ${caseId}`;
    expect((await act(c.trackingNumber, { action: "start_consultation", expectedVersion: 1, party: "某某公司" })).status).toBe(200);
    const [ack, letter] = await documents(c.trackingNumber);
    const pdfPath = (id: string) => `/api/web/documents/${id}/pdf`;

    const staffPdf = await api("GET", pdfPath(ack!.id), staffToken);
    expect(staffPdf.status).toBe(200);
    expect(staffPdf.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await staffPdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(5000);

    expect((await api("GET", pdfPath(ack!.id), citizen.token)).status).toBe(200);
    expect((await api("GET", pdfPath(letter!.id), staffToken)).status).toBe(200);
    // The letter to the third party is not the applicant's; another citizen and visitors see nothing.
    expect((await api("GET", pdfPath(letter!.id), citizen.token)).status).toBe(404);
    expect((await api("GET", pdfPath(ack!.id), otherCitizenToken)).status).toBe(404);
    expect((await api("GET", pdfPath(ack!.id), null)).status).toBe(404);
    expect((await api("GET", pdfPath(crypto.randomUUID()), staffToken)).status).toBe(404);

    // The status lookup's grant opens the applicant's documents, in the print page and as PDF.
    const cookie = grantCookie(caseId);
    expect((await api("GET", pdfPath(ack!.id), null, undefined, { cookie })).status).toBe(200);
    expect((await api("GET", pdfPath(letter!.id), null, undefined, { cookie })).status).toBe(404);
    const page = await api("GET", `/documents/${ack!.id}`, null, undefined, { cookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(ack!.documentNumber);
    expect(html).toContain("政府信息公开申请受理回执");
    expect((await api("GET", `/documents/${ack!.id}`, null)).status).toBe(404);
    expect((await api("GET", `/documents/${letter!.id}`, null, undefined, { cookie })).status).toBe(404);
  });
});
