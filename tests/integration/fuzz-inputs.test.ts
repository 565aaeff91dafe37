import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody, organizationBody } from "../support/request-bodies";
import {
  anyValue,
  applyMutations,
  hostileString,
  jsonContentTypes,
  mutationsOf,
  pathSegment,
  queryOf,
  rawJsonBodies,
  shortHostileString,
  wrongJsonContentTypes,
} from "../security/arbitraries";
import { callServerAction, pagePathOf, postOnOwnConnection, randomIp, serverActions, signInOverHttp, type CookieJar } from "../security/http";
import { fileOnline, PDF_BYTES, PNG_BYTES, requestForm, todayShanghai, type FiledCase } from "../security/fixtures";

/**
 * Malformed-input fuzzing of every public and staff endpoint with property-based bodies (fast-check): wrong types,
 * missing and unknown fields, huge strings, control characters, lone surrogates, wrong content types, truncated
 * JSON, invalid UTF-8, oversized and bad multipart bodies. For every request: no answer ≥ 500, every 4xx is JSON with
 * an `error.code`, and a refused request leaves every table's row count as it was (an accepted one — hostile but
 * valid text — moves the baseline). GONGKAI_SOAK=1 runs ten times as many cases.
 */

const SCALE = process.env.GONGKAI_SOAK === "1" ? 10 : 1;
const runs = (n: number) => n * SCALE;
const today = todayShanghai();
let tried = 0;
const statusTally = new Map<number, number>();

let staffToken: string;
let supervisorToken: string;
let staffJar: CookieJar;
let citizenJar: CookieJar;
let caseA: FiledCase;
let letter: { trackingNumber: string; documentId: string };

// ---- The oracle: every table's row count, in one round trip ----------------------------------------------------

let countQuery = "";
let baseline = "";

async function counts(): Promise<string> {
  const [row] = await sql().unsafe<{ c: Record<string, number> }[]>(countQuery);
  return JSON.stringify(row!.c);
}

function diff(before: string, after: string): string {
  const a = JSON.parse(before) as Record<string, number>;
  const b = JSON.parse(after) as Record<string, number>;
  return Object.keys(b)
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k} ${a[k]}→${b[k]}`)
    .join(", ");
}

type Sent = { status: number; text: string };

/** Sends one request and checks the three invariants; throws a readable error naming the request. */
async function send(label: string, path: string, init: RequestInit & { duplex?: "half" }): Promise<Sent> {
  const res = await fetch(`${baseUrl()}${path}`, { redirect: "manual", ...init });
  const text = await res.text();
  tried++;
  statusTally.set(res.status, (statusTally.get(res.status) ?? 0) + 1);
  const now = await counts();
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`answered ${res.status}`);
  if (res.status >= 300 && res.status < 400) problems.push(`redirected to ${res.headers.get("location")}`);
  if (res.status >= 400 && res.status < 500) {
    let code: unknown;
    try {
      code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
    } catch {
      code = undefined;
    }
    if (!(res.headers.get("content-type") ?? "").includes("application/json") || typeof code !== "string") problems.push("a 4xx without a JSON error code");
    if (now !== baseline) problems.push(`a refused request changed tables: ${diff(baseline, now)}`);
  }
  baseline = now;
  if (problems.length) throw new Error(`${label} ${init.method ?? "GET"} ${path.slice(0, 200)}: ${problems.join("; ")}\n  answer: ${text.slice(0, 300)}`);
  return { status: res.status, text };
}

/** Runs a property and reports the failing request (not a 100 kB counterexample) with the seed to replay it. */
async function property<T>(name: string, arb: fc.Arbitrary<T>, numRuns: number, run: (input: T) => Promise<void>): Promise<void> {
  const out = await fc.check(fc.asyncProperty(arb, run), { numRuns, endOnFailure: true });
  if (out.failed) {
    const message = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
    throw new Error(`${name} failed after ${out.numRuns} runs (seed ${out.seed}, path ${out.counterexamplePath}):\n${message}`);
  }
}

const jsonInit = (body: string | Buffer, contentType: string, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": contentType, "x-forwarded-for": randomIp(), ...headers },
  body: typeof body === "string" ? body : new Uint8Array(body),
});

/** A JSON endpoint's bodies: mutations of a valid body (most), raw broken bodies, or a valid body with a wrong content type. */
function jsonRequests(valid: Record<string, unknown>) {
  const text = JSON.stringify(valid);
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(mutationsOf(valid), jsonContentTypes).map(([m, ct]) => ({ body: JSON.stringify(applyMutations(valid, m)) ?? "null", ct })) },
    { weight: 3, arbitrary: fc.tuple(rawJsonBodies(text), fc.oneof(jsonContentTypes, wrongJsonContentTypes)).map(([body, ct]) => ({ body, ct })) },
    { weight: 1, arbitrary: wrongJsonContentTypes.map((ct) => ({ body: text, ct })) },
  );
}

beforeAll(async () => {
  const tables = await sql()<{ tablename: string }[]>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like '\\_\\_%' and tablename <> 'rate_limit_counters' order by tablename`;
  countQuery = `select json_build_object(${tables.map((t) => `'${t.tablename}', (select count(*) from "${t.tablename}")`).join(", ")}) as c`;

  const staff = await createTestUser(["staff"]);
  const supervisor = await createTestUser(["staff", "supervisor"]);
  const citizen = await createTestUser(["citizen"]);
  staffToken = await createTestToken(staff.id);
  supervisorToken = await createTestToken(supervisor.id);
  staffJar = (await signInOverHttp(baseUrl(), staff.email, staff.password)).jar;
  citizenJar = (await signInOverHttp(baseUrl(), citizen.email, citizen.password)).jar;
  caseA = await fileOnline(baseUrl(), { jar: citizenJar });

  const res = await fetch(`${baseUrl()}/api/v1/cases`, {
    method: "POST",
    headers: { authorization: `Bearer ${staffToken}`, "content-type": "application/json" },
    body: JSON.stringify({ ...naturalPersonBody(), channel: "letter", receivedAt: today }),
  });
  const created = (await res.json()) as { trackingNumber: string };
  const [doc] = await sql()<{ id: string }[]>`
    select d.id from case_documents d join cases c on c.id = d.case_id where c.tracking_number = ${created.trackingNumber} limit 1`;
  letter = { trackingNumber: created.trackingNumber, documentId: doc!.id };
  baseline = await counts();
}, 60_000);

afterAll(async () => {
  console.log(`fuzz: ${tried} requests; answers by status: ${[...statusTally].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ")}`);
  await closeSql();
});

describe("fuzzing the public API", () => {
  it("POST /api/v1/requests, anonymous and with a staff token", async () => {
    const valid = naturalPersonBody() as unknown as Record<string, unknown>;
    const org = organizationBody() as unknown as Record<string, unknown>;
    const arb = fc.tuple(fc.oneof(jsonRequests(valid), jsonRequests(org)), fc.boolean(), fc.option(shortHostileString, { nil: undefined }));
    await property("POST /api/v1/requests", arb, runs(320), async ([r, withToken, idemKey]) => {
      const headers: Record<string, string> = withToken ? { authorization: `Bearer ${staffToken}` } : {};
      // Header values are bytes: only a Latin-1 key can be sent at all.
      if (idemKey !== undefined && /^[\x20-\x7e]*$/.test(idemKey)) headers["idempotency-key"] = idemKey;
      await send("requests", "/api/v1/requests", jsonInit(r.body, r.ct, headers));
    });
  }, 300_000);

  it("GET /api/v1/requests/{trackingNumber} with any number and query code", async () => {
    const arb = fc.tuple(fc.oneof(fc.constant(caseA.trackingNumber), pathSegment), fc.oneof(fc.constant(caseA.queryCode), shortHostileString));
    await property("GET /api/v1/requests/{tn}", arb, runs(120), async ([tn, code]) => {
      const headers: Record<string, string> = { "x-forwarded-for": randomIp() };
      if (/^[\x20-\x7e]*$/.test(code)) headers["x-query-code"] = code;
      await send("lookup", `/api/v1/requests/${tn}`, { headers });
    });
  }, 120_000);

  it("POST /api/web/requests (multipart): broken payloads, files of every kind, bad multipart", async () => {
    const valid = naturalPersonBody() as unknown as Record<string, unknown>;
    await property("POST /api/web/requests", multipartRequests(valid, ["idDocument", "authorization", "attachments"]), runs(200), async (r) => {
      await send("web requests", "/api/web/requests", { method: "POST", headers: { "x-forwarded-for": randomIp(), ...r.headers }, body: r.body });
    });
  }, 300_000);

  it("POST /api/web/requests/{trackingNumber}/clarification (multipart) as the applicant", async () => {
    const arb = fc.record({
      tn: fc.oneof({ weight: 4, arbitrary: fc.constant(caseA.trackingNumber) }, { weight: 1, arbitrary: pathSegment }),
      text: fc.option(hostileString, { nil: undefined }),
      version: fc.option(fc.oneof(fc.constantFrom("1", "2", "0", "-1", "1.5", "1e3", " 1 ", "999999999999"), shortHostileString), { nil: undefined }),
      files: fc.array(filePart(["files", "text"]), { maxLength: 3 }),
    });
    await property("POST clarification", arb, runs(120), async (r) => {
      const form = new FormData();
      if (r.text !== undefined) form.append("text", r.text);
      if (r.version !== undefined) form.append("expectedVersion", r.version);
      for (const f of r.files) form.append(f.field, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
      await send("clarification", `/api/web/requests/${r.tn}/clarification`, { method: "POST", headers: { cookie: citizenJar.header() }, body: form });
    });
  }, 120_000);
});

describe("fuzzing the staff API", () => {
  const staffHeaders = () => ({ authorization: `Bearer ${staffToken}` });

  it("POST /api/v1/cases (register a letter)", async () => {
    const valid = { ...naturalPersonBody(), channel: "letter", receivedAt: today } as unknown as Record<string, unknown>;
    await property("POST /api/v1/cases", jsonRequests(valid), runs(250), async (r) => {
      await send("cases", "/api/v1/cases", jsonInit(r.body, r.ct, staffHeaders()));
    });
  }, 300_000);

  it("GET /api/v1/cases?… with any query", async () => {
    const query = queryOf(["status", "overdue", "year", "cursor", "limit"], ["received", "true", "false", "2026", "1", "200", "eyJkIjoieCIsInQiOiJ5In0", "eyJkIjpudWxsLCJ0IjoiXHUwMDAwIn0"]);
    await property("GET /api/v1/cases", query, runs(120), async (q) => {
      await send("case list", `/api/v1/cases?${q}`, { headers: staffHeaders() });
    });
  }, 120_000);

  it("POST /api/v1/cases/{trackingNumber}/actions", async () => {
    const bodies: Record<string, unknown>[] = [
      { action: "request_clarification", expectedVersion: 1, message: "请补充所需信息的时间范围。", deadline: today },
      { action: "reply", expectedVersion: 1, outcome: "disclosed", reasonCode: "1", letter: "同意公开。" },
      { action: "assign", expectedVersion: 1, assigneeEmail: null, departmentId: null },
      { action: "start_consultation", expectedVersion: 1, party: "第三方", kind: "third_party" },
      { action: "issue_fee_notice", expectedVersion: 1, amountYuan: 10 },
      { action: "end_consultation", expectedVersion: 1, endedAt: today, consultationId: "c1" },
      { action: "withdraw", expectedVersion: 1, note: "申请人撤回。" },
    ];
    const arb = fc.tuple(
      fc.oneof({ weight: 5, arbitrary: fc.constant(letter.trackingNumber) }, { weight: 1, arbitrary: pathSegment }),
      fc.oneof(...bodies.map((b) => jsonRequests(b))),
    );
    await property("POST actions", arb, runs(300), async ([tn, r]) => {
      await send("actions", `/api/v1/cases/${tn}/actions`, jsonInit(r.body, r.ct, staffHeaders()));
    });
  }, 300_000);

  it("POST /api/v1/documents/{id}/service", async () => {
    const valid = { method: "post", emsNumber: "EA123456789CN", servedAt: today };
    const arb = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(letter.documentId) }, { weight: 1, arbitrary: pathSegment }), jsonRequests(valid));
    await property("POST service", arb, runs(120), async ([id, r]) => {
      await send("service", `/api/v1/documents/${id}/service`, jsonInit(r.body, r.ct, staffHeaders()));
    });
  }, 120_000);

  it("POST /api/v1/cases/{trackingNumber}/appeals and PATCH …/appeals/{id}", async () => {
    const valid = { kind: "review", filedAt: today, result: "pending", closedAt: null, afterUnsatisfactoryFirstHandling: false, note: "申请人申请行政复议。" };
    const arb = fc.tuple(
      fc.oneof({ weight: 4, arbitrary: fc.constant(letter.trackingNumber) }, { weight: 1, arbitrary: pathSegment }),
      jsonRequests(valid),
      fc.oneof(fc.uuid(), pathSegment),
      fc.boolean(),
    );
    await property("appeals", arb, runs(140), async ([tn, r, appealId, patch]) => {
      const path = patch ? `/api/v1/cases/${tn}/appeals/${appealId}` : `/api/v1/cases/${tn}/appeals`;
      await send("appeals", path, { ...jsonInit(r.body, r.ct, staffHeaders()), method: patch ? "PATCH" : "POST" });
    });
  }, 120_000);

  it("GET /api/v1/statistics/{year}?… with any year and query", async () => {
    const year = fc.oneof(fc.constantFrom(today.slice(0, 4), "2008", "2007", "0000", "9999", "2026.0", "+2026", " 2026"), pathSegment);
    const query = queryOf(["format", "version", "department"], ["json", "csv", "xlsx", "live", "published", "1", "0", "00000000-0000-0000-0000-000000000000"]);
    await property("statistics", fc.tuple(year, query), runs(100), async ([y, q]) => {
      await send("statistics", `/api/v1/statistics/${y}?${q}`, { headers: { authorization: `Bearer ${supervisorToken}` } });
    });
  }, 180_000);

  it("POST /api/web/cases (multipart, staff session)", async () => {
    const valid = { ...naturalPersonBody(), channel: "letter", receivedAt: today } as unknown as Record<string, unknown>;
    await property("POST /api/web/cases", multipartRequests(valid, ["letterScans", "idDocument", "authorization", "attachments"]), runs(150), async (r) => {
      await send("web cases", "/api/web/cases", { method: "POST", headers: { cookie: staffJar.header(), ...r.headers }, body: r.body });
    });
  }, 300_000);
});

describe("fuzzing the public form actions (server actions over HTTP)", () => {
  it("never fail with an internal error, whatever the arguments", async () => {
    const wanted = ["lookupAction", "reissueQueryCodeAction", "withdrawRequestAction", "signInAction", "registerAction", "forgotPasswordAction", "resetPasswordAction"];
    const actions = serverActions().filter((a) => wanted.includes(a.exportedName));
    expect(actions.map((a) => a.exportedName).sort()).toEqual([...wanted].sort());
    const field = fc.oneof(anyValue, fc.constantFrom(caseA.trackingNumber, caseA.queryCode, "someone@test.gongkai.cn", "Passw0rd-2026"));
    const args = fc.oneof(
      { weight: 5, arbitrary: fc.record({ trackingNumber: field, queryCode: field, email: field, password: field, confirmPassword: field, name: field, token: field, expectedVersion: field, callbackUrl: field }, { requiredKeys: [] }) },
      { weight: 1, arbitrary: anyValue },
    );
    await property("public actions", fc.tuple(fc.constantFrom(...actions), args), runs(210), async ([action, arg]) => {
      const r = await callServerAction(baseUrl(), action, [arg], {
        path: pagePathOf(action.pages[0]!, { trackingNumber: caseA.trackingNumber, token: "a".repeat(43) }),
        headers: { "x-forwarded-for": randomIp() },
      });
      tried++;
      statusTally.set(r.status, (statusTally.get(r.status) ?? 0) + 1);
      const now = await counts();
      const changed = now !== baseline ? diff(baseline, now) : "";
      baseline = now;
      // A correct lookup answers with a redirect to the status page instead of a result.
      const failed = r.status >= 500 || (r.status === 200 && !r.result && !r.redirect) || r.result?.code === "internal" || r.result?.code === "unavailable";
      if (failed) throw new Error(`${action.exportedName}: ${r.status} ${r.result ? JSON.stringify(r.result) : r.body.slice(0, 300)}`);
      if (r.result && !r.result.ok && changed) throw new Error(`${action.exportedName} refused but changed tables: ${changed}`);
    });
  }, 300_000);
});

describe("oversized and streamed bodies", () => {
  const big = (n: number) => JSON.stringify({ ...naturalPersonBody(), purpose: "x".repeat(n) });

  it("refuses a JSON body over 1 MB with 413, declared or streamed without a length", async () => {
    const url = `${baseUrl()}/api/v1/requests`;
    const declared = await postOnOwnConnection(url, { "content-type": "application/json", "content-length": String(Buffer.byteLength(big(1_100_000))), "x-forwarded-for": randomIp() }, { chunks: () => [big(1_100_000)] });
    const streamed = await postOnOwnConnection(url, { "content-type": "application/json", "transfer-encoding": "chunked", "x-forwarded-for": randomIp() }, {
      *chunks() {
        yield '{"purpose":"';
        for (let i = 0; i < 48; i++) yield Buffer.alloc(64 * 1024, 0x20);
      },
    });
    for (const r of [declared, streamed]) {
      tried++;
      expect(r.status, r.text).toBe(413);
      expect(JSON.parse(r.text)).toEqual({ error: { code: "payload_too_large" } });
    }
    expect(await counts()).toBe(baseline);
  });

  it("refuses a multipart body streamed past the route's limit with 413, before reading it all", async () => {
    // The clarification route takes at most 5 files of 10 MB: 200 MB streamed without a Content-Length must be cut off at the limit.
    const boundary = "----gongkai-fuzz";
    const started = Date.now();
    const answer = await postOnOwnConnection(
      `${baseUrl()}/api/web/requests/${caseA.trackingNumber}/clarification`,
      { "content-type": `multipart/form-data; boundary=${boundary}`, "transfer-encoding": "chunked", cookie: citizenJar.header() },
      {
        *chunks() {
          yield `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`;
          for (let i = 0; i < 200; i++) yield Buffer.alloc(1024 * 1024, 0x41);
        },
      },
    );
    tried++;
    // Answered while still uploading, and cut off long before the end (the limit plus what the socket buffers held).
    expect(answer.status, answer.text).toBe(413);
    expect(JSON.parse(answer.text)).toEqual({ error: { code: "payload_too_large" } });
    expect(answer.sentBytes).toBeLessThan(100 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await counts()).toBe(baseline);
    expect((await fetch(`${baseUrl()}/api/health`)).status).toBe(200);
  }, 60_000);

  it("refuses a file over 10 MB and a file that is not a PDF, JPEG or PNG, whatever its name or claimed type", async () => {
    const body = naturalPersonBody();
    const tooBig = Buffer.concat([PDF_BYTES, Buffer.alloc(10 * 1024 * 1024)]);
    const cases = [
      { name: "too big", file: { field: "idDocument", name: "id.pdf", type: "application/pdf", bytes: tooBig }, message: /10 ?MB/ },
      { name: "HTML named .pdf", file: { field: "idDocument", name: "id.pdf", type: "application/pdf", bytes: Buffer.from("<html><script>alert(1)</script></html>") }, message: /PDF|JPG|PNG/i },
      { name: "executable", file: { field: "attachments", name: "a.png", type: "image/png", bytes: Buffer.from("MZ\x90\x00\x03") }, message: /PDF|JPG|PNG/i },
    ];
    for (const c of cases) {
      const r = await send(c.name, "/api/web/requests", {
        method: "POST",
        headers: { "x-forwarded-for": randomIp(), "accept-language": "en" },
        body: requestForm(body, c.file.field === "idDocument" ? [c.file] : [{ field: "idDocument", name: "id.png", type: "image/png", bytes: PNG_BYTES }, c.file]),
      });
      expect(r.status, c.name).toBe(400);
      expect(JSON.stringify(JSON.parse(r.text).error.fields), c.name).toMatch(c.message);
    }
  }, 60_000);

  it("ran at least 2 000 cases in total", () => {
    expect(tried).toBeGreaterThanOrEqual(2000);
  });
});

// ---- Multipart bodies ------------------------------------------------------------------------------------------

type FilePart = { field: string; name: string; type: string; bytes: Buffer };

function filePart(fields: string[]): fc.Arbitrary<FilePart> {
  return fc.record({
    field: fc.constantFrom(...fields, "payload", "unknown"),
    name: fc.oneof(shortHostileString, fc.constantFrom("id.pdf", "../../etc/passwd", "a".repeat(300), "名字.png", 'q"uote.pdf', "line\r\nbreak.pdf")),
    type: fc.constantFrom("application/pdf", "image/png", "image/jpeg", "text/html", "", "application/x-msdownload"),
    bytes: fc.oneof(
      fc.constantFrom(PDF_BYTES, PNG_BYTES, Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(0), Buffer.from("<script>alert(1)</script>")),
      fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a)),
    ),
  });
}

type MultipartRequest = { body: BodyInit; headers: Record<string, string> };

/** Well-formed multipart with a mutated payload and odd files, or broken multipart (truncated, bad boundary, random bytes). */
function multipartRequests(valid: Record<string, unknown>, fileFields: string[]): fc.Arbitrary<MultipartRequest> {
  const payload = fc.oneof(
    { weight: 5, arbitrary: mutationsOf(valid).map((m) => JSON.stringify(applyMutations(valid, m)) ?? "null") },
    { weight: 1, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const wellFormed = fc
    .record({ payload, files: fc.array(filePart(fileFields), { maxLength: 4 }), strings: fc.array(fc.tuple(fc.constantFrom(...fileFields), shortHostileString), { maxLength: 2 }) })
    .map(({ payload, files, strings }): MultipartRequest => {
      const form = new FormData();
      if (payload !== undefined) form.append("payload", payload);
      for (const f of files) form.append(f.field, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
      for (const [k, v] of strings) form.append(k, v);
      return { body: form, headers: {} };
    });
  const validBytes = manualMultipart(JSON.stringify(valid), fileFields[0]!);
  const broken = fc
    .tuple(fc.constantFrom("truncated", "wrong boundary", "no boundary", "random bytes", "boundary only", "not multipart"), fc.nat(), fc.uint8Array({ maxLength: 1024 }))
    .map(([kind, cut, random]): MultipartRequest => {
      const type = `multipart/form-data; boundary=${BOUNDARY}`;
      switch (kind) {
        case "truncated":
          return { body: new Uint8Array(validBytes.subarray(0, cut % validBytes.length)), headers: { "content-type": type } };
        case "wrong boundary":
          return { body: new Uint8Array(validBytes), headers: { "content-type": "multipart/form-data; boundary=not-the-boundary" } };
        case "no boundary":
          return { body: new Uint8Array(validBytes), headers: { "content-type": "multipart/form-data" } };
        case "random bytes":
          return { body: new Uint8Array(random), headers: { "content-type": type } };
        case "boundary only":
          return { body: `--${BOUNDARY}--\r\n`, headers: { "content-type": type } };
        default:
          return { body: JSON.stringify(valid), headers: { "content-type": "application/json" } };
      }
    });
  return fc.oneof({ weight: 4, arbitrary: wellFormed }, { weight: 1, arbitrary: broken });
}

const BOUNDARY = "----gongkaiFuzzBoundary7MA4YWxk";

/** A valid multipart body written by hand (a fixed boundary, so broken variants can be cut from it). */
function manualMultipart(payload: string, fileField: string): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="payload"\r\n\r\n${payload}\r\n`),
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${fileField}"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    PDF_BYTES,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}
