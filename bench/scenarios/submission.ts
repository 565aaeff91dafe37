import crypto from "node:crypto";
import autocannon, { type Result } from "autocannon";
import postgres from "postgres";
import { residentIdCheckChar } from "../../lib/domain/identity";
import { benchDatabaseUrl } from "../lib/bench-env";
import { report } from "../lib/measure";
import type { RunContext } from "./context";

const MIN_THROUGHPUT_RATIO = 0.5;
const MAX_P99_RATIO = 3;

function residentId(): string {
  const first17 = `440106${1960 + crypto.randomInt(45)}0${1 + crypto.randomInt(9)}1${crypto.randomInt(10)}${String(crypto.randomInt(1000)).padStart(3, "0")}`;
  return first17 + residentIdCheckChar(first17)!;
}

/** A valid online request (natural person); `purpose` carries the run's marker so every created row can be found. */
function requestBody(marker: string): string {
  return JSON.stringify({
    applicant: {
      type: "natural_person",
      name: "王小明",
      idType: "resident_id",
      idNumber: residentId(),
      phone: "13800138000",
      email: `applicant-${crypto.randomBytes(4).toString("hex")}@bench.gongkai.cn`,
      address: "广州市越秀区中山一路 1 号",
      postalCode: "510000",
    },
    information: {
      title: "2025年度道路交通事故统计数据",
      documentNumber: "穗公交〔2025〕12号",
      description: "请提供2025年度本市道路交通事故的分区统计数据，包括事故数量和伤亡人数。",
    },
    purpose: marker,
    form: "email",
    delivery: "email",
  });
}

type Load = { result: Result; acknowledged: Set<string> };

/** 50 connections for `seconds`; each request has its own marker, and each 2xx answer's marker is remembered. */
async function load(url: string, token: string, runId: string, seconds: number, connections: number): Promise<Load> {
  const acknowledged = new Set<string>();
  let n = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        setupRequest: (req, context) => {
          context.marker = `${runId}-${++n}`;
          return { ...req, body: requestBody(String(context.marker)) };
        },
        onResponse: (status, _body, context) => {
          if (status >= 200 && status < 300) acknowledged.add(String(context.marker));
        },
      },
    ],
  });
  return { result, acknowledged };
}

function line(label: string, r: Result): string {
  return `  ${label}: ${r.requests.average.toFixed(0)} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms; ${r["2xx"]} × 2xx, ${r.non2xx} other, ${r.errors} errors, ${r.timeouts} timeouts`;
}

/**
 * POST /api/v1/requests under load (autocannon, 50 connections, 30 s, a staff token: no rate limit) against
 * the bench baseline on the same server, pool and build (bench/baseline/route.ts: parse the body, one INSERT).
 * Afterwards every 2xx answer must have its case in the database; requests still in flight when autocannon
 * stopped (it drops its sockets) may have been committed without an answer, and are counted separately.
 */
export async function runSubmissionScenario(ctx: RunContext, baseUrl: string, token: string): Promise<void> {
  const seconds = ctx.quick ? 10 : 30;
  const connections = 50;
  console.log(`\n== Online submission, POST /api/v1/requests (${connections} connections, ${seconds} s) vs one-INSERT baseline ==`);
  const sql = postgres(benchDatabaseUrl(ctx.database), { max: 1, onnotice: () => {} });
  try {
    await sql`create table if not exists bench_baseline_requests (id bigserial primary key, body jsonb not null, created_at timestamptz not null default now())`;
    await sql`truncate bench_baseline_requests`;
    // Warm both routes (first requests load and compile the route modules), then measure each.
    await load(`${baseUrl}/api/bench-baseline`, token, "warm", 3, 10);
    await load(`${baseUrl}/api/v1/requests`, token, "warm", 3, 10);
    await sql`truncate bench_baseline_requests`;

    const runId = `bench-${Date.now().toString(36)}`;
    const baseline = await load(`${baseUrl}/api/bench-baseline`, token, `${runId}-b`, seconds, connections);
    console.log(line("baseline (parse + one INSERT)", baseline.result));
    const [{ before } = { before: 0 }] = await sql<{ before: number }[]>`select count(*)::int as before from cases`;
    const app = await load(`${baseUrl}/api/v1/requests`, token, `${runId}-a`, seconds, connections);
    console.log(line("POST /api/v1/requests", app.result));
    await new Promise((r) => setTimeout(r, 2000)); // let requests the client abandoned at the stop finish on the server

    const [{ after } = { after: 0 }] = await sql<{ after: number }[]>`select count(*)::int as after from cases`;
    const created = await sql<{ purpose: string }[]>`select purpose from cases where purpose like ${`${runId}-a-%`}`;
    const inDb = new Set(created.map((r) => r.purpose));
    const lost = [...app.acknowledged].filter((m) => !inDb.has(m));
    const unanswered = created.length - app.acknowledged.size;
    const inFlight = app.result.requests.sent - app.result.requests.total;
    // Gap-free: this year's cases under the agency's prefix are numbered 1…n, n being the counter.
    const [gaps] = await sql<{ year: number; n: number; max: number }[]>`
      select c.year, count(k.id)::int as n, max(c.last_seq)::int as max
      from agency_settings s join tracking_counters c on c.prefix = s.tracking_prefix and c.year = ${Number(ctx.today.slice(0, 4))}
      left join cases k on k.tracking_year = c.year and k.tracking_number like s.tracking_prefix || '-%' and k.tracking_seq between 1 and c.last_seq
      group by c.year`;
    console.log(
      `  cases: ${after - before} new (${created.length} with this run's marker), ${app.result["2xx"]} × 2xx; answered but missing: ${lost.length}; ` +
        `committed after autocannon dropped the socket: ${unanswered} (of ${inFlight} in flight at the stop); tracking numbers ${gaps && gaps.n === gaps.max ? "gap-free" : "HAVE GAPS"} (${gaps?.n} in ${gaps?.year})`,
    );
    report({
      scenario: "submission: nothing lost (every 2xx has its case)",
      figure: `${app.result["2xx"]} × 2xx, ${created.length} cases, 0 expected missing, ${lost.length} missing; ${app.result.non2xx + app.result.errors} failures`,
      target: "case count = 2xx count",
      met: lost.length === 0 && app.result.non2xx === 0 && app.result.errors === 0 && unanswered >= 0 && unanswered <= inFlight,
    });
    const throughput = app.result.requests.average / baseline.result.requests.average;
    const p99 = app.result.latency.p99 / baseline.result.latency.p99;
    report({
      scenario: "submission throughput vs baseline",
      figure: `${throughput.toFixed(2)}× (${app.result.requests.average.toFixed(0)} vs ${baseline.result.requests.average.toFixed(0)} req/s)`,
      target: `≥ ${MIN_THROUGHPUT_RATIO}×`,
      met: throughput >= MIN_THROUGHPUT_RATIO,
    });
    report({
      scenario: "submission p99 vs baseline p99",
      figure: `${p99.toFixed(2)}× (${app.result.latency.p99} vs ${baseline.result.latency.p99} ms)`,
      target: `≤ ${MAX_P99_RATIO}×`,
      met: p99 <= MAX_P99_RATIO,
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
