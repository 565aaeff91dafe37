import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSql, sql, tableCounts } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { waitForMail } from "../support/test-mail";
import { naturalPersonBody, organizationBody } from "../support/request-bodies";

let staffToken: string;

beforeAll(async () => {
  const staff = await createTestUser(["staff"]);
  staffToken = await createTestToken(staff.id);
});
afterAll(closeSql);

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl()}/api/v1/requests`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${staffToken}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const todayShanghai = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

describe("POST /api/v1/requests", () => {
  it("creates a natural person's request: 201 with tracking number, query code, dates; encrypted ID; audit; mail", async () => {
    const body = naturalPersonBody();
    const res = await post(body);
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ status: "received", receivedAt: todayShanghai(), dueDateProvisional: expect.any(Boolean) });
    expect(created.trackingNumber).toMatch(new RegExp(`^GK-${todayShanghai().slice(0, 4)}-\\d{6}$`));
    expect(created.queryCode).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(created.dueDate > created.receivedAt).toBe(true);

    const [row] = await sql()<{ id_number_enc: string; id_number_masked: string; query_code_hash: string; channel: string }[]>`
      select a.id_number_enc, a.id_number_masked, c.query_code_hash, c.channel
      from cases c join applicants a on a.id = c.applicant_id where c.tracking_number = ${created.trackingNumber}`;
    expect(row!.id_number_enc).not.toContain(body.applicant.idNumber);
    expect(row!.id_number_masked).toBe(`${body.applicant.idNumber.slice(0, 4)}**********${body.applicant.idNumber.slice(-4)}`);
    expect(row!.query_code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.channel).toBe("online");
    const events = await sql()<{ action: string }[]>`
      select action from audit_events where case_id = (select id from cases where tracking_number = ${created.trackingNumber})`;
    expect(events.map((e) => e.action)).toEqual(["case.registered", "case.document_issued"]);

    const mail = await waitForMail(body.applicant.email, { subject: new RegExp(created.trackingNumber) });
    expect(mail.text).toContain(created.queryCode);
  });

  it("creates an organisation's request and looks it up with the query code", async () => {
    const res = await post(organizationBody(), { authorization: "" });
    expect(res.status).toBe(201);
    const created = await res.json();
    const lookup = await fetch(`${baseUrl()}/api/v1/requests/${created.trackingNumber}`, { headers: { "x-query-code": created.queryCode.toLowerCase() } });
    expect(lookup.status).toBe(200);
    expect(await lookup.json()).toEqual({
      trackingNumber: created.trackingNumber,
      status: "received",
      receivedAt: created.receivedAt,
      dueDate: created.dueDate,
      dueDateProvisional: created.dueDateProvisional,
      outcome: null,
      reasonCode: null,
      repliedAt: null,
    });
  });

  // 500 at once (2 000 under `npm run test:soak`), with a staff token so rate limits do not mask anything.
  const CONCURRENT = process.env.GONGKAI_SOAK === "1" ? 2000 : 500;
  it(`gives ${CONCURRENT} simultaneous submissions ${CONCURRENT} cases with unique, gap-free numbers`, async () => {
    const before = await sql()<{ max: number | null }[]>`select max(tracking_seq)::int as max from cases where tracking_year = ${Number(todayShanghai().slice(0, 4))}`;
    const started = Date.now();
    // Only the first WITH_MAIL give an e-mail address; the rest ask for delivery by post: a thousand mails would hold
    // up the outbox for the suites after this one, and fifty written in the same batches prove each gets its own.
    const WITH_MAIL = 50;
    const body = (i: number) => {
      const b = naturalPersonBody();
      if (i < WITH_MAIL) return b;
      const { email: _email, ...applicant } = b.applicant;
      return { ...b, applicant, form: "paper", delivery: "post" };
    };
    const results = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => post(body(i)).then(async (r) => ({ status: r.status, body: await r.json() }))));
    console.log(`${CONCURRENT} simultaneous submissions answered in ${Date.now() - started} ms`);
    expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const numbers = results.map((r) => r.body.trackingNumber as string);
    expect(new Set(numbers).size).toBe(CONCURRENT);
    const seqs = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
    const start = (before[0]?.max ?? 0) + 1;
    expect(seqs).toEqual(Array.from({ length: CONCURRENT }, (_, i) => start + i));
    const [count] = await sql()<{ n: number; events: number }[]>`
      select count(*)::int as n, (select count(*)::int from audit_events e join cases c on c.id = e.case_id where c.tracking_number = any(${numbers}) and e.action = 'case.registered') as events
      from cases where tracking_number = any(${numbers})`;
    expect(count).toEqual({ n: CONCURRENT, events: CONCURRENT });
    // Submissions that arrive together are written together: each still gets its own acknowledgement, numbered
    // once, whose text, audit event and mails name its own tracking number (a delivered mail's body is purged).
    const [docs] = await sql()<{ cases: number; documents: number; numbers: number; own_text: number; own_audit: number; own_received: number; own_issued: number }[]>`
      select count(distinct c.id)::int as cases, count(d.id)::int as documents, count(distinct d.document_number)::int as numbers,
        count(*) filter (where d.body like '%' || c.tracking_number || '%')::int as own_text,
        count(*) filter (where exists (select 1 from audit_events e where e.case_id = c.id and e.action = 'case.registered'
          and e.after->>'trackingNumber' = c.tracking_number))::int as own_audit,
        count(*) filter (where (select count(*) from mail_outbox m where m.case_id = c.id and m.template = 'request_received'
          and m.subject like '%' || c.tracking_number || '%') = 1)::int as own_received,
        count(*) filter (where (select count(*) from mail_outbox m where m.case_id = c.id and m.template = 'document_issued'
          and (m.body_text is null or (m.body_text like '%' || c.tracking_number || '%' and m.body_text like '%' || d.document_number || '%'))) = 1)::int as own_issued
      from cases c join case_documents d on d.case_id = c.id and d.kind = 'acknowledgement'
      where c.tracking_number = any(${numbers})`;
    expect(docs).toEqual({ cases: CONCURRENT, documents: CONCURRENT, numbers: CONCURRENT, own_text: CONCURRENT, own_audit: CONCURRENT, own_received: WITH_MAIL, own_issued: WITH_MAIL });
    // And the cases by post have no mail at all.
    const [mails] = await sql()<{ n: number }[]>`select count(*)::int as n from mail_outbox m join cases c on c.id = m.case_id where c.tracking_number = any(${numbers})`;
    expect(mails!.n).toBe(2 * WITH_MAIL);
  }, 300_000);

  it("answers a replayed Idempotency-Key with the original status and body, creating nothing more", async () => {
    const body = naturalPersonBody();
    const key = `idem-${Date.now()}`;
    const first = await post(body, { "idempotency-key": key, authorization: "" });
    const firstBody = await first.json();
    expect(first.status).toBe(201);
    const counts = await tableCounts();
    const replays = await Promise.all([1, 2, 3].map(() => post(body, { "idempotency-key": key, authorization: "" })));
    for (const r of replays) {
      expect(r.status).toBe(201);
      expect(await r.json()).toEqual(firstBody);
    }
    expect(await tableCounts()).toEqual(counts);
    // The same key with another body is refused.
    const other = await post(naturalPersonBody(), { "idempotency-key": key, authorization: "" });
    expect(other.status).toBe(422);
  });

  it("lets concurrent requests with one Idempotency-Key create exactly one case", async () => {
    const body = naturalPersonBody();
    const key = `race-${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 5 }, () => post(body, { "idempotency-key": key }).then(async (r) => ({ status: r.status, body: await r.json() }))));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.trackingNumber)).size).toBe(1);
  });

  it("refuses each invalid body class with a readable 4xx and writes nothing", async () => {
    const valid = naturalPersonBody();
    const cases: { name: string; body: string; headers?: Record<string, string>; status: number; field?: string }[] = [
      { name: "missing description", body: JSON.stringify({ ...valid, information: {} }), status: 400, field: "information.description" },
      { name: "bad ID check digit", body: JSON.stringify({ ...valid, applicant: { ...valid.applicant, idNumber: "11010519491231002Y" } }), status: 400, field: "applicant.idNumber" },
      { name: "bad credit code", body: JSON.stringify({ ...organizationBody(), applicant: { ...organizationBody().applicant, creditCode: "91350100M000100Y44" } }), status: 400, field: "applicant.creditCode" },
      { name: "unknown key", body: JSON.stringify({ ...valid, priority: "high" }), status: 400, field: "priority" },
      { name: "unknown nested key", body: JSON.stringify({ ...valid, applicant: { ...valid.applicant, vip: true } }), status: 400, field: "applicant.vip" },
      { name: "wrong type", body: JSON.stringify({ ...valid, applicant: { ...valid.applicant, type: 7 } }), status: 400, field: "applicant.type" },
      { name: "wrong enum", body: JSON.stringify({ ...valid, form: "fax" }), status: 400, field: "form" },
      { name: "not an object", body: "[1,2,3]", status: 400, field: "_root" },
      { name: "a string", body: '"hello"', status: 400 },
      { name: "null", body: "null", status: 400 },
      { name: "truncated JSON", body: JSON.stringify(valid).slice(0, 40), status: 400 },
      { name: "empty body", body: "", status: 400 },
      { name: "lone surrogate", body: JSON.stringify({ ...valid, purpose: "\uD800" }), status: 400 },
      { name: "oversized body", body: JSON.stringify({ ...valid, purpose: "x".repeat(1_100_000) }), status: 413 },
      { name: "wrong content type", body: JSON.stringify(valid), headers: { "content-type": "text/plain" }, status: 415 },
      { name: "form encoded", body: "applicant=1", headers: { "content-type": "application/x-www-form-urlencoded" }, status: 415 },
    ];
    const counts = await tableCounts();
    for (const c of cases) {
      const res = await post(c.body, c.headers);
      expect(res.status, c.name).toBe(c.status);
      const json = await res.json();
      expect(json.error.code, c.name).toEqual(expect.any(String));
      if (c.field) expect(json.error.fields?.[c.field], c.name).toEqual(expect.any(String));
    }
    expect(await tableCounts()).toEqual(counts);
  });

  it("answers field errors in English when asked", async () => {
    const valid = naturalPersonBody();
    const res = await post({ ...valid, applicant: { ...valid.applicant, idNumber: "110105194912310021" } }, { "accept-language": "en" });
    const json = await res.json();
    expect(json.error.fields["applicant.idNumber"]).toMatch(/check/i);
  });
});

describe("GET /api/v1/requests/{trackingNumber}", () => {
  it("answers an unknown number and a wrong code byte-identically", async () => {
    const created = await (await post(naturalPersonBody())).json();
    const wrong = await fetch(`${baseUrl()}/api/v1/requests/${created.trackingNumber}`, { headers: { "x-query-code": "AAAAA-AAAAA" } });
    const unknown = await fetch(`${baseUrl()}/api/v1/requests/GK-1999-000001`, { headers: { "x-query-code": created.queryCode } });
    const garbage = await fetch(`${baseUrl()}/api/v1/requests/${created.trackingNumber}`, { headers: { "x-query-code": "' or 1=1 --" } });
    const missing = await fetch(`${baseUrl()}/api/v1/requests/${created.trackingNumber}`);
    const bodies = await Promise.all([wrong, unknown, garbage, missing].map((r) => r.text()));
    expect([wrong.status, unknown.status, garbage.status, missing.status]).toEqual([404, 404, 404, 404]);
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0]!)).toEqual({ error: { code: "not_found" } });
  });
});

describe("personal data at rest", () => {
  it("leaves no plaintext resident ID number or credit code anywhere in a pg_dump", async () => {
    const person = naturalPersonBody();
    const org = organizationBody();
    expect((await post(person)).status).toBe(201);
    expect((await post(org)).status).toBe(201);
    const dump = execFileSync("pg_dump", ["--data-only", process.env.DATABASE_URL!], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    expect(dump).toContain(person.applicant.name);
    expect(dump).not.toContain(person.applicant.idNumber);
    expect(dump).not.toContain(org.applicant.creditCode);
  });
});
