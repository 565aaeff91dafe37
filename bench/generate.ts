/**
 * `npm run bench:generate -- --cases 1000000 --years 5 [--database gongkai_bench] [--seed 1] [--no-documents]`
 *
 * Fills a PostgreSQL database on 127.0.0.1 with realistic cases for the benchmarks: departments, staff, citizen
 * accounts, applicants, cases with their workflow facts, audit events, issued documents and appeals. Rows are
 * streamed with COPY; secondary indexes are dropped before the load and built once afterwards; then VACUUM ANALYZE
 * (autovacuum is off on this machine, and the planner needs statistics).
 */
import crypto from "node:crypto";
import postgres from "postgres";
import { addCalendarDays } from "../lib/domain/calendar";
import { todayInShanghai } from "../lib/domain/identity";
import { parseFlags, positiveInt } from "./lib/args";
import { BENCH_DATA_ENCRYPTION_KEY, benchDatabaseUrl, DEFAULT_BENCH_DATABASE } from "./lib/bench-env";
import { CopyWriter } from "./lib/pg-copy";
import { createIndexes, dropSecondaryIndexes, prepareDatabase, runMigrations } from "./generate/database";
import { DayTable } from "./generate/day-table";
import { DocumentTemplates } from "./generate/documents";
import { APPLICANT_COLUMNS, type Citizen, placeholderPasswordHash } from "./generate/people";
import { Random, Weighted } from "./generate/random";
import { vocabulary } from "./generate/vocabulary";
import { APPEAL_COLUMNS, AUDIT_COLUMNS, CASE_COLUMNS, type CaseContext, DOCUMENT_COLUMNS, writeCase } from "./generate/write-case";

const usage = "npm run bench:generate -- --cases 1000000 --years 5 [--database gongkai_bench] [--seed 1] [--no-documents]";
const flags = parseFlags(usage, {
  cases: { type: "string" },
  years: { type: "string" },
  database: { type: "string" },
  seed: { type: "string" },
  "no-documents": { type: "boolean" },
});
const totalCases = positiveInt(flags.cases, "cases", 100_000);
const years = positiveInt(flags.years, "years", 5);
const database = typeof flags.database === "string" ? flags.database : DEFAULT_BENCH_DATABASE;
const seed = positiveInt(flags.seed, "seed", 1);
const withDocuments = !flags["no-documents"];
// The bench's fixed key: blind indexes and key ids in the generated rows match what the bench server reads.
process.env.DATA_ENCRYPTION_KEY = BENCH_DATA_ENCRYPTION_KEY;

const DEPARTMENTS: [name: string, code: string, weight: number, parent?: string][] = [
  ["办公室", "BGS", 4], ["法制支队", "FZZD", 6], ["交通警察支队", "JJZD", 14], ["车辆管理所", "CGS", 8, "JJZD"], ["出入境管理支队", "CRJ", 7],
  ["治安管理支队", "ZAZD", 8], ["户政管理处", "HZC", 9], ["刑事侦查支队", "XZZD", 3], ["网络安全保卫支队", "WAZD", 2],
  ["越秀分局", "YXFJ", 4], ["海珠分局", "HZFJ", 4], ["荔湾分局", "LWFJ", 3], ["天河分局", "THFJ", 5], ["白云分局", "BYFJ", 5], ["黄埔分局", "HPFJ", 3],
  ["番禺分局", "PYFJ", 4], ["花都分局", "HDFJ", 2], ["南沙分局", "NSFJ", 2], ["从化分局", "CHFJ", 1], ["增城分局", "ZCFJ", 2],
];

const started = performance.now();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const rate = (rows: number, since: number) => Math.round(rows / ((performance.now() - since) / 1000)).toLocaleString("en-US");

async function main() {
  const today = todayInShanghai();
  const firstYear = Number(today.slice(0, 4)) - years + 1;
  console.log(`Generating ${totalCases.toLocaleString("en-US")} cases over ${firstYear}–${today} into ${database}${withDocuments ? "" : " (no documents)"}, seed ${seed}.`);
  await prepareDatabase(database);
  runMigrations(database);
  const url = benchDatabaseUrl(database);
  // replica: FK and append-only triggers are skipped during the bulk load (the generator keeps references valid).
  const sql = postgres(url, { max: 8, onnotice: () => {}, connection: { session_replication_role: "replica", synchronous_commit: "off" } });
  const rng = new Random(seed);
  try {
    const [settings] = await sql<{ prefix: string }[]>`update agency_settings set name = '示范市公安局' where id = 1 returning tracking_prefix as prefix`;
    const prefix = settings?.prefix ?? "GK";
    const [root] = await sql<{ id: string }[]>`select id from departments where code = 'ROOT'`;
    if (!root) throw new Error("The migrations did not create the root department.");
    const departmentIds = new Map<string, string>();
    for (const [name, code, , parent] of DEPARTMENTS) {
      const parentId = parent ? departmentIds.get(parent)! : root.id;
      const [row] = await sql<{ id: string }[]>`insert into departments (name, code, parent_id, sort_order) values (${name}, ${code}, ${parentId}, ${departmentIds.size + 1}) returning id`;
      departmentIds.set(code, row!.id);
    }

    const indexes = await dropSecondaryIndexes(sql, ["users", "applicants", "cases", "audit_events", "case_documents", "appeals"]);
    const loadStarted = performance.now();

    // People: staff (3–6 per department), supervisors, an admin, and citizen accounts (some file several requests).
    const users = new CopyWriter(sql, "users", ["id", "email", "name", "password_hash", "roles", "department_id", "locale", "created_at", "updated_at"]);
    await users.open();
    const createdAt = `${firstYear - 1}-12-01 09:00:00+08`;
    const staffByDepartment = new Map<string, string[]>();
    let staffNo = 0;
    for (const [, code] of DEPARTMENTS) {
      const ids: string[] = [];
      for (let i = rng.int(3, 6); i > 0; i--) {
        const id = crypto.randomUUID();
        ids.push(id);
        await users.row([id, `staff${++staffNo}@bench.gongkai.cn`, vocabulary.personName(rng), placeholderPasswordHash(rng), "{staff}", departmentIds.get(code)!, "zh-CN", createdAt, createdAt]);
      }
      staffByDepartment.set(departmentIds.get(code)!, ids);
    }
    const supervisors: string[] = [];
    for (let i = 1; i <= 6; i++) {
      const id = crypto.randomUUID();
      supervisors.push(id);
      await users.row([id, `supervisor${i}@bench.gongkai.cn`, vocabulary.personName(rng), placeholderPasswordHash(rng), "{staff,supervisor}", root.id, "zh-CN", createdAt, createdAt]);
    }
    await users.row([crypto.randomUUID(), "admin@bench.gongkai.cn", "系统管理员", placeholderPasswordHash(rng), "{admin}", root.id, "zh-CN", createdAt, createdAt]);
    const citizens: Citizen[] = [];
    for (let i = 0, n = Math.max(10, Math.round(totalCases * 0.2)); i < n; i++) {
      const c: Citizen = { id: crypto.randomUUID(), name: vocabulary.personName(rng), email: `c${i}.${rng.chars("abcdefghijklmnopqrstuvwxyz", 5)}@${vocabulary.emailDomain(rng)}`, phone: vocabulary.mobile(rng) };
      citizens.push(c);
      await users.row([c.id, c.email, c.name, placeholderPasswordHash(rng), "{citizen}", null, rng.chance(0.9) ? "zh-CN" : "en", createdAt, createdAt]);
    }

    const writers = {
      applicants: new CopyWriter(sql, "applicants", APPLICANT_COLUMNS),
      cases: new CopyWriter(sql, "cases", CASE_COLUMNS),
      audit: new CopyWriter(sql, "audit_events", AUDIT_COLUMNS),
      documents: withDocuments ? new CopyWriter(sql, "case_documents", DOCUMENT_COLUMNS) : null,
      appeals: new CopyWriter(sql, "appeals", APPEAL_COLUMNS),
    };
    for (const w of Object.values(writers)) await w?.open();

    const days = new DayTable(`${firstYear - 1}-01-01`, addCalendarDays(today, 400));
    const first = days.index(`${firstYear}-01-01`);
    const last = days.index(today);
    const ctx: CaseContext = {
      rng, days, today: last, writers, templates: await DocumentTemplates.load(sql),
      departments: new Weighted(DEPARTMENTS.map(([, code, weight]) => [departmentIds.get(code)!, weight] as const)),
      staffByDepartment, supervisors, citizens, agencyName: "示范市公安局", prefix, trackingSeq: new Map(), documentSeq: new Map(),
    };

    // Arrivals: working days weigh 1, other days 0.12 (online filings), and each year ≈ 7 % more than the one before.
    const weights: number[] = [];
    for (let d = first; d <= last; d++) weights.push((days.working[d] ? 1 : 0.12) * 1.07 ** (Number(days.date(d).slice(0, 4)) - firstYear));
    const scale = totalCases / weights.reduce((a, b) => a + b, 0);
    let cumulative = 0;
    let written = 0;
    let nextReport = totalCases / 10;
    for (let d = first; d <= last; d++) {
      cumulative += weights[d - first]! * scale;
      const upTo = d === last ? totalCases : Math.round(cumulative);
      for (; written < upTo; written++) await writeCase(ctx, d);
      if (written >= nextReport) {
        console.log(`  ${written.toLocaleString("en-US")} cases (${days.date(d)}), ${seconds(loadStarted)} s, ${rate(written, loadStarted)} cases/s`);
        nextReport += totalCases / 10;
      }
    }
    const all = [users, ...Object.values(writers)].filter((w): w is CopyWriter => w !== null);
    await Promise.all(all.map((w) => w.close()));
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    console.log(`Loaded in ${loadSeconds.toFixed(1)} s (all tables stream at once; rows/s is each table's rows over that time):`);
    for (const w of all) console.log(`  ${w.table.padEnd(16)} ${w.rows.toLocaleString("en-US").padStart(11)} rows  ${Math.round(w.rows / loadSeconds).toLocaleString("en-US").padStart(9)} rows/s`);

    for (const [year, n] of ctx.trackingSeq) await sql`insert into tracking_counters (prefix, year, last_seq) values (${prefix}, ${year}, ${n})`;
    for (const [year, n] of ctx.documentSeq) await sql`insert into document_counters (year, last_seq) values (${year}, ${n})`;

    const indexStarted = performance.now();
    await createIndexes(url, indexes);
    console.log(`Built ${indexes.length} indexes in ${seconds(indexStarted)} s.`);
    const vacuumStarted = performance.now();
    await sql`vacuum (analyze)`;
    console.log(`VACUUM ANALYZE in ${seconds(vacuumStarted)} s.`);
    const [size] = await sql<{ size: string }[]>`select pg_size_pretty(pg_database_size(current_database())) as size`;
    console.log(`Done in ${seconds(started)} s; database ${database} is ${size?.size}.`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
