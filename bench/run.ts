/**
 * `npm run bench [-- --database gongkai_bench] [--only statistics,queue,submission,form] [--quick] [--reuse-build]`
 *
 * Runs the scenarios against the database `npm run bench:generate` filled (127.0.0.1 only) and, for the HTTP
 * ones, against a production build of the current working tree served by `next start` on a free port (spawned
 * and stopped here). Each prints median and p95 over repeated runs beside a baseline measured in the same run.
 * Benchmarks are not tests: CI never runs them.
 */
import os from "node:os";
import path from "node:path";
import { todayInShanghai } from "../lib/domain/identity";
import { parseFlags } from "./lib/args";
import { BENCH_AUTH_SECRET, BENCH_DATA_ENCRYPTION_KEY, benchDatabaseUrl, DEFAULT_BENCH_DATABASE } from "./lib/bench-env";
import { type AppServer, buildAppCopy, createStaffAccount, startAppServer } from "./lib/app-server";
import { verdicts } from "./lib/measure";
import { type RunContext, writeOut } from "./scenarios/context";

const SCENARIOS = ["statistics", "queue", "submission", "form"] as const;
const usage = "npm run bench -- [--database gongkai_bench] [--only statistics,queue,submission,form] [--quick] [--reuse-build]";
const flags = parseFlags(usage, {
  database: { type: "string" },
  only: { type: "string" },
  quick: { type: "boolean" },
  "reuse-build": { type: "boolean" },
});
const database = typeof flags.database === "string" ? flags.database : DEFAULT_BENCH_DATABASE;
const only = typeof flags.only === "string" ? flags.only.split(",").map((s) => s.trim()) : [...SCENARIOS];
for (const s of only) if (!(SCENARIOS as readonly string[]).includes(s)) throw new Error(`Unknown scenario ${s}: ${SCENARIOS.join(", ")}`);

// The app modules read these lazily; set before the first query.
process.env.DATABASE_URL = benchDatabaseUrl(database);
process.env.DATA_ENCRYPTION_KEY = BENCH_DATA_ENCRYPTION_KEY;
process.env.AUTH_SECRET = BENCH_AUTH_SECRET;
delete process.env.DATABASE_READ_URL;

async function main() {
  const ctx: RunContext = { database, today: todayInShanghai(), quick: !!flags.quick, outDir: path.resolve("bench/out") };
  const load = os.loadavg().map((n) => n.toFixed(2)).join(" ");
  console.log(`Gongkai benchmarks on ${database}, ${new Date().toISOString()}, ${os.cpus().length} cores, load average ${load}${ctx.quick ? " (quick)" : ""}`);
  const { closeDb } = await import("../db");
  let server: AppServer | null = null;
  // Ctrl-C still stops the server this run started (its process group) before exiting.
  const interrupted = () => void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    if (only.includes("statistics")) await (await import("./scenarios/statistics")).runStatisticsScenario(ctx);
    let cursor50: string | null = null;
    if (only.includes("queue")) cursor50 = (await (await import("./scenarios/queue-db")).runQueueDbScenario(ctx)).cursor50;
    if (only.some((s) => s === "queue" || s === "submission" || s === "form")) {
      console.log("\n== Production build of the working tree, next start against the bench database ==");
      buildAppCopy({ reuse: !!flags["reuse-build"] });
      const account = { email: "bench-staff@bench.gongkai.cn", password: "bench-staff-password" };
      const token = createStaffAccount(database, account.email, account.password);
      server = await startAppServer(database);
      console.log(`  next start pid ${server.pid} on ${server.baseUrl}`);
      if (only.includes("queue")) await (await import("./scenarios/queue-page")).runQueuePageScenario(ctx, server.baseUrl, account, cursor50);
      if (only.includes("form")) await (await import("./scenarios/citizen-form")).runCitizenFormScenario(ctx, server.baseUrl);
      if (only.includes("submission")) await (await import("./scenarios/submission")).runSubmissionScenario(ctx, server.baseUrl, token);
    }
  } finally {
    await server?.stop();
    await closeDb();
  }
  console.log("\nSummary:");
  for (const v of verdicts) console.log(`  ${v.met === null ? "info" : v.met ? "MET " : "MISS"}  ${v.scenario}: ${v.figure}  (target ${v.target})`);
  console.log(`Load average at the end: ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  writeOut(ctx, "last-run.json", JSON.stringify({ at: new Date().toISOString(), database, quick: ctx.quick, loadAverage: os.loadavg(), verdicts }, null, 2));
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
