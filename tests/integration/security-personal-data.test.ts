import { execFileSync } from "node:child_process";
import fs from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorSummary } from "@/lib/errors";
import { redactForLog } from "@/lib/server/log-redaction";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody, organizationBody, randomResidentId } from "../support/request-bodies";
import { readMails } from "../support/test-mail";
import { PDF_BYTES, requestForm, todayShanghai } from "../security/fixtures";
import { randomIp, signInOverHttp, type CookieJar } from "../security/http";

/**
 * Personal identifiers (resident ID numbers, unified social credit codes) exist in plaintext only in the request
 * that carries them: not in the database (pg_dump), not in the server log, not in any list, page, mail or export of
 * any role — staff see them masked, and nobody needs more.
 */

const today = todayShanghai();
let staffToken: string;
let supervisorToken: string;
let staffJar: CookieJar;
let adminJar: CookieJar;
let supervisorJar: CookieJar;
let citizenJar: CookieJar;

type Known = { trackingNumber: string; secret: string; masked: string; queryCode?: string };
const known: Known[] = [];
const secrets = () => known.map((k) => k.secret);

function assertNoSecret(text: string, where: string) {
  for (const s of secrets()) expect(text.includes(s), `${where} contains ${s}`).toBe(false);
}

async function api(path: string, token: string, init: RequestInit = {}) {
  return fetch(`${baseUrl()}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });
}

beforeAll(async () => {
  const staff = await createTestUser(["staff"]);
  const supervisor = await createTestUser(["staff", "supervisor"]);
  const admin = await createTestUser(["admin"]);
  const citizen = await createTestUser(["citizen"]);
  staffToken = await createTestToken(staff.id);
  supervisorToken = await createTestToken(supervisor.id);
  staffJar = (await signInOverHttp(baseUrl(), staff.email, staff.password)).jar;
  supervisorJar = (await signInOverHttp(baseUrl(), supervisor.email, supervisor.password)).jar;
  adminJar = (await signInOverHttp(baseUrl(), admin.email, admin.password)).jar;
  citizenJar = (await signInOverHttp(baseUrl(), citizen.email, citizen.password)).jar;

  // 1. A letter registered by staff through the API (a natural person) …
  const letter = naturalPersonBody();
  const r1 = await api("/api/v1/cases", staffToken, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...letter, channel: "letter", receivedAt: today }) });
  expect(r1.status).toBe(201);
  known.push({ trackingNumber: (await r1.json()).trackingNumber, secret: letter.applicant.idNumber, masked: `${letter.applicant.idNumber.slice(0, 4)}**********${letter.applicant.idNumber.slice(-4)}` });

  // 2. … an organisation registered by staff on the form (multipart, session) …
  const org = organizationBody();
  const r2 = await fetch(`${baseUrl()}/api/web/cases`, {
    method: "POST",
    headers: { cookie: staffJar.header() },
    body: requestForm({ ...org, channel: "in_person", receivedAt: today }, [{ field: "letterScans", name: "letter.pdf", type: "application/pdf", bytes: PDF_BYTES }]),
  });
  expect(r2.status).toBe(201);
  known.push({ trackingNumber: (await r2.json()).trackingNumber, secret: org.applicant.creditCode, masked: "" });

  // 3. … a citizen's online request, and 4. an anonymous one sent with an Idempotency-Key (the stored answer holds the query code).
  const online = naturalPersonBody();
  const r3 = await fetch(`${baseUrl()}/api/web/requests`, {
    method: "POST",
    headers: { cookie: citizenJar.header(), "x-forwarded-for": randomIp() },
    body: requestForm(online, [{ field: "idDocument", name: "身份证.pdf", type: "application/pdf", bytes: PDF_BYTES }]),
  });
  expect(r3.status).toBe(201);
  known.push({ trackingNumber: (await r3.json()).trackingNumber, secret: online.applicant.idNumber, masked: "" });

  const idem = naturalPersonBody();
  const r4 = await fetch(`${baseUrl()}/api/v1/requests`, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": `pd-${Date.now()}`, "x-forwarded-for": randomIp() },
    body: JSON.stringify(idem),
  });
  expect(r4.status).toBe(201);
  const created4 = await r4.json();
  known.push({ trackingNumber: created4.trackingNumber, secret: idem.applicant.idNumber, masked: "", queryCode: created4.queryCode });

  // 5. A refused submission (a wrong check digit) must not echo or log the number either.
  const bad = naturalPersonBody({ idNumber: `${randomResidentId().slice(0, 17)}X` });
  const r5 = await fetch(`${baseUrl()}/api/v1/requests`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": randomIp() }, body: JSON.stringify(bad) });
  if (r5.status === 400) {
    const text = await r5.text();
    expect(text).not.toContain(bad.applicant.idNumber);
    known.push({ trackingNumber: "", secret: bad.applicant.idNumber, masked: "" });
  }
}, 60_000);

afterAll(closeSql);

describe("personal data at rest", () => {
  it("no plaintext ID number, credit code or query code in a pg_dump, idempotency records and staff-registered cases included", async () => {
    const [idem] = await sql()<{ n: number }[]>`select count(*)::int as n from idempotency_keys where case_id = (select id from cases where tracking_number = ${known[3]!.trackingNumber})`;
    expect(idem?.n).toBe(1);
    const dump = execFileSync("pg_dump", ["--data-only", process.env.DATABASE_URL!], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
    expect(dump).toContain(known[0]!.trackingNumber);
    assertNoSecret(dump, "pg_dump");
    // The stored answer of an idempotent request holds the query code: encrypted too. (The acknowledgement mail
    // carries it to the applicant; the outbox purges a mail's body once it is sent.)
    const idemDump = execFileSync("pg_dump", ["--data-only", "--table=idempotency_keys", process.env.DATABASE_URL!], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    expect(idemDump).toContain("COPY public.idempotency_keys");
    expect(idemDump).not.toContain(known[3]!.queryCode!);
    expect(idemDump).not.toContain(known[3]!.queryCode!.replace("-", ""));
  });

  it("nor in the mails sent to applicants", () => {
    for (const m of readMails()) assertNoSecret(`${m.subject}\n${m.text}`, `mail to ${m.to.join(",")}`);
  });
});

describe("personal data in the server log", () => {
  it("the running server's log never holds a submitted ID number or credit code", () => {
    const file = process.env.TEST_SERVER_LOG;
    expect(file, "TEST_SERVER_LOG").toBeTruthy();
    assertNoSecret(fs.readFileSync(file!, "utf8"), "server log");
  });

  it("a failed query is logged without its parameters or the quoted input", () => {
    const id = known[0]!.secret;
    const cause = Object.assign(new Error(`invalid input syntax for type uuid: "${id}"`), { code: "22P02" });
    const failed = Object.assign(new Error(`Failed query: select * from applicants where id = $1\nparams: ${id}`), { cause, query: "select …", params: [id] });
    expect(errorSummary(failed)).toContain("Failed query: select * from applicants where id = $1");
    expect(errorSummary(failed)).toContain("22P02");
    expect(errorSummary(failed)).not.toContain(id);
    expect(String(redactForLog(failed))).not.toContain(id);
    expect(redactForLog(`Error: Failed query: x\nparams: ${id}\n    at y`)).not.toContain(id);
    expect(redactForLog("an ordinary line")).toBe("an ordinary line");
  });
});

describe("personal data in lists and exports", () => {
  it("staff API list and detail show the masked number only", async () => {
    const k = known[0]!;
    const detail = await (await api(`/api/v1/cases/${k.trackingNumber}`, staffToken)).text();
    expect(JSON.parse(detail).applicant.idNumberMasked).toBe(k.masked);
    assertNoSecret(detail, "case detail");
    // Every page of the queue, until the case shows up.
    let cursor: string | null = null;
    let seen = false;
    do {
      const page: string = await (await api(`/api/v1/cases?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, staffToken)).text();
      assertNoSecret(page, "case list");
      seen ||= page.includes(k.trackingNumber);
      cursor = (JSON.parse(page) as { nextCursor: string | null }).nextCursor;
    } while (cursor && !seen);
    expect(seen).toBe(true);
    const docs = await (await api(`/api/v1/cases/${k.trackingNumber}/documents`, staffToken)).text();
    assertNoSecret(docs, "case documents");
  });

  it("staff pages (the queue searched by ID number, the case page) show it masked", async () => {
    const k = known[0]!;
    const queue = await (await fetch(`${baseUrl()}/staff?q=${encodeURIComponent(k.secret)}`, { headers: { cookie: staffJar.header() } })).text();
    expect(queue, "the blind-index search finds the case").toContain(k.trackingNumber);
    // The search box and its filter links echo what staff typed (?q=…); the results must not show it anywhere else.
    const elsewhere = [...queue.matchAll(new RegExp(k.secret, "g"))].filter((m) => !/(q=|value="|defaultValue\\*":\\*")$/.test(queue.slice(Math.max(0, m.index - 24), m.index)));
    expect(elsewhere.map((m) => queue.slice(Math.max(0, m.index - 60), m.index + 30))).toEqual([]);
    for (const c of known.filter((x) => x.trackingNumber)) {
      const page = await (await fetch(`${baseUrl()}/staff/cases/${c.trackingNumber}`, { headers: { cookie: staffJar.header() } })).text();
      expect(page).toContain(c.trackingNumber);
      assertNoSecret(page, `staff case page ${c.trackingNumber}`);
    }
  });

  it("the citizen's own request page shows it masked too", async () => {
    const page = await (await fetch(`${baseUrl()}/portal/requests/${known[2]!.trackingNumber}`, { headers: { cookie: citizenJar.header() } })).text();
    expect(page).toContain(known[2]!.trackingNumber);
    assertNoSecret(page, "portal request page");
  });

  it("the admin's audit CSV export holds none", async () => {
    const res = await fetch(`${baseUrl()}/admin/audit/export`, { headers: { cookie: adminJar.header() } });
    expect(res.status).toBe(200);
    const csv = await res.text();
    expect(csv).toContain(known[0]!.trackingNumber);
    assertNoSecret(csv, "audit CSV");
  });

  it("the statistics exports (JSON, CSV, XLSX; API and the supervisor's download) and drill-down hold none", async () => {
    const year = today.slice(0, 4);
    for (const format of ["json", "csv"]) assertNoSecret(await (await api(`/api/v1/statistics/${year}?format=${format}`, supervisorToken)).text(), `statistics ${format}`);
    const xlsx = await api(`/api/v1/statistics/${year}?format=xlsx`, supervisorToken);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value ?? "")))));
    expect(cells.length).toBeGreaterThan(10);
    assertNoSecret(cells.join("\n"), "statistics XLSX");
    const download = await fetch(`${baseUrl()}/supervisor/statistics/${year}/export?format=csv`, { headers: { cookie: supervisorJar.header() } });
    expect(download.status).toBe(200);
    assertNoSecret(await download.text(), "supervisor CSV download");
    const drill = await fetch(`${baseUrl()}/supervisor/statistics/cell?year=${year}&cell=${encodeURIComponent("format2011/table2/applications/total")}`, { headers: { cookie: supervisorJar.header() } });
    const drillHtml = await drill.text();
    expect(drill.status).toBe(200);
    expect(drillHtml).toContain(known[0]!.trackingNumber);
    assertNoSecret(drillHtml, "statistics drill-down");
  });
});
