import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSql, sql } from "../support/db";
import { createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";
import { startAppServer, type AppServer } from "../security/app-server";
import { PDF_BYTES, requestForm } from "../security/fixtures";
import { randomIp, signInOverHttp, type CookieJar } from "../security/http";
import { TcpProxy } from "../security/tcp-proxy";

/**
 * A database outage in the middle of a stream of submissions: a second app server reaches PostgreSQL only through
 * a TCP proxy we control (the server itself is never stopped — CI runs as root). Cutting the proxy must give
 * clients a 503 with a JSON error (never a 500), pages a friendly error page, leave no half-written case, and the
 * app must recover by itself once the proxy is back. GONGKAI_SOAK=1 repeats the cut ten times, alternating a refused
 * port with one that accepts and drops connections.
 */

const CYCLES = process.env.GONGKAI_SOAK === "1" ? 10 : 1;
const WORKERS = 6;

let proxy: TcpProxy;
let app: AppServer;
let staffToken: string;
let staffJar: CookieJar;
const marker = `outage-${crypto.randomBytes(4).toString("hex")}`;

type Outcome = { kind: "api" | "web"; n: number; status: number | "network"; body: string; trackingNumber?: string; ms: number; at: number };
const outcomes: Outcome[] = [];
let seq = 0;

/** Invariants that any crash must keep: checked before and after, on the real database (not through the proxy). */
async function integrity() {
  const [row] = await sql()<Record<string, number>[]>`
    select
      (select count(*)::int from stored_files s where not exists (select 1 from case_files f where f.stored_file_id = s.id)) as orphan_files,
      (select count(*)::int from case_files f where not exists (select 1 from cases c where c.id = f.case_id)) as files_without_case,
      (select count(*)::int from applicants a where not exists (select 1 from cases c where c.applicant_id = a.id)) as applicants_without_case,
      (select count(*)::int from cases c where not exists (select 1 from audit_events e where e.case_id = c.id and e.action in ('case.submitted', 'case.registered'))) as cases_without_audit,
      (select count(*)::int from cases c where not exists (select 1 from case_documents d where d.case_id = c.id and d.kind = 'acknowledgement')) as cases_without_receipt,
      (select count(*)::int from mail_outbox m where m.case_id is not null and not exists (select 1 from cases c where c.id = m.case_id)) as mails_without_case,
      (select count(*)::int from tracking_counters t where t.last_seq <> coalesce((select max(c.tracking_seq) from cases c where c.tracking_year = t.year and c.tracking_number like t.prefix || '-%'), 0)) as counters_with_gaps`;
  return row!;
}

async function submit(): Promise<void> {
  const n = ++seq;
  const body = naturalPersonBody();
  body.information.description = `${marker} 第 ${n} 件：请提供本机关的政府信息公开工作年度报告。`;
  const web = n % 3 === 0;
  const started = Date.now();
  try {
    const res = web
      ? await fetch(`${app.baseUrl}/api/web/requests`, {
          method: "POST",
          headers: { "x-forwarded-for": randomIp() },
          body: requestForm(body, [{ field: "idDocument", name: "id.pdf", type: "application/pdf", bytes: PDF_BYTES }]),
        })
      : await fetch(`${app.baseUrl}/api/v1/requests`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${staffToken}` },
          body: JSON.stringify(body),
        });
    const text = await res.text();
    const trackingNumber = res.status === 201 ? (JSON.parse(text) as { trackingNumber: string }).trackingNumber : undefined;
    outcomes.push({ kind: web ? "web" : "api", n, status: res.status, body: text, trackingNumber, ms: Date.now() - started, at: Date.now() });
  } catch (e) {
    outcomes.push({ kind: web ? "web" : "api", n, status: "network", body: String(e), ms: Date.now() - started, at: Date.now() });
  }
}

/** `WORKERS` clients submitting back to back until `stop()` is called. */
function stream() {
  let running = true;
  const done = Promise.all(Array.from({ length: WORKERS }, async () => {
    while (running) await submit();
  }));
  return { stop: async () => ((running = false), await done) };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await wait(200);
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

beforeAll(async () => {
  const url = new URL(process.env.DATABASE_URL!);
  proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port || 5432) });
  const viaProxy = new URL(url);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  app = await startAppServer({ DATABASE_URL: viaProxy.toString(), DATABASE_POOL_SIZE: "4" });
  const staff = await createTestUser(["staff"]);
  staffToken = await createTestToken(staff.id);
  staffJar = (await signInOverHttp(app.baseUrl, staff.email, staff.password)).jar;
}, 90_000);

afterAll(async () => {
  await app?.stop();
  await proxy?.close();
  await closeSql();
});

describe("database outage behind a TCP proxy", () => {
  it("answers 503 JSON (never 500) while cut, writes no half case, and recovers by itself", async () => {
    const before = await integrity();
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const s = stream();
      await until(async () => outcomes.filter((o) => o.status === 201).length >= 6 * (cycle + 1), 30_000);
      const cutAt = outcomes.length;
      await proxy.cut(cycle % 2 === 0 ? "refuse" : "reset");
      // Submissions keep coming while the database is unreachable.
      await until(async () => outcomes.slice(cutAt).filter((o) => o.status === 503).length >= 12, 30_000);

      // Health says so; a signed-in page shows the friendly error page, in words.
      const health = await fetch(`${app.baseUrl}/api/health`);
      expect(health.status).toBe(503);
      const page = await fetch(`${app.baseUrl}/staff`, { headers: { cookie: staffJar.header() } });
      expect(page.status).toBeGreaterThanOrEqual(500);
      const html = await page.text();
      expect(html).toContain("暂时无法完成您的请求");
      expect(html).not.toMatch(/CONNECTION_|ECONNRESET|Failed query|postgres/i);

      await proxy.restore();
      // Usually well under a second; the margin is for a machine shared with other heavy work.
      const recoveredIn = await until(async () => (await fetch(`${app.baseUrl}/api/health`)).status === 200, 60_000);
      const restoredAt = outcomes.length;
      await until(async () => outcomes.slice(restoredAt).filter((o) => o.status === 201).length >= 6, 30_000);
      await s.stop();
      console.log(`outage cycle ${cycle + 1}: recovered ${recoveredIn} ms after the proxy came back`);
    }

    if (process.env.OUTAGE_DEBUG) for (const o of outcomes) console.log(o.n, o.kind, o.status, o.ms, o.at % 100000);
    const byStatus = new Map<string, number>();
    for (const o of outcomes) byStatus.set(String(o.status), (byStatus.get(String(o.status)) ?? 0) + 1);
    console.log(`outage: ${outcomes.length} submissions (${CYCLES} cut(s)); by answer: ${[...byStatus].map(([s, n]) => `${s}×${n}`).join(" ")}`);

    // Only 201 or 503 (a request in flight at the cut may also lose its connection to the app: never a 500).
    const unexpected = outcomes.filter((o) => o.status !== 201 && o.status !== 503);
    expect(unexpected.map((o) => `${o.kind} #${o.n}: ${o.status} ${o.body.slice(0, 200)}`)).toEqual([]);
    for (const o of outcomes.filter((x) => x.status === 503)) expect(JSON.parse(o.body)).toEqual({ error: { code: "unavailable" } });
    expect(byStatus.get("503") ?? 0).toBeGreaterThan(0);

    // Every 201 is a whole case; nothing half-written anywhere.
    const created = outcomes.filter((o) => o.trackingNumber).map((o) => o.trackingNumber!);
    const rows = await sql()<{ tracking_number: string; files: number; events: number }[]>`
      select c.tracking_number,
             (select count(*)::int from case_files f where f.case_id = c.id) as files,
             (select count(*)::int from audit_events e where e.case_id = c.id) as events
      from cases c where c.info_description like ${`${marker}%`}`;
    const found = new Set(rows.map((r) => r.tracking_number));
    expect(created.filter((tn) => !found.has(tn))).toEqual([]);
    for (const r of rows) expect(r.events, r.tracking_number).toBeGreaterThanOrEqual(2);
    const webCreated = outcomes.filter((o) => o.kind === "web" && o.trackingNumber).map((o) => o.trackingNumber);
    for (const r of rows.filter((x) => webCreated.includes(x.tracking_number))) expect(r.files, r.tracking_number).toBe(1);
    expect(await integrity()).toEqual(before);
  }, 600_000);

  it("logs the outage without personal data or SQL parameters", () => {
    const log = app.log();
    expect(log).toMatch(/\[api\] request [0-9a-f-]+ failed: .*(CONNECTION|ECONN|unavailable)/i);
    expect(log).not.toContain("params:");
    expect(log).not.toContain(marker);
  });
});
