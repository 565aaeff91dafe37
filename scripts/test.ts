/**
 * `npm test`: the whole suite on real parts.
 *   1. unit tests (vitest, pure code);
 *   2. a fresh PostgreSQL database `gongkai_test_<random>` on DATABASE_URL's server or 127.0.0.1:5432 (user postgres),
 *      migrated; with no server reachable, an embedded PGlite served over the PostgreSQL protocol — said loudly,
 *      and refused when REQUIRE_POSTGRES=1;
 *   3. a real SMTP server in this process, `next build`, and `next start` against that database;
 *   4. integration tests (vitest: HTTP against the server + SQL against the database), then Playwright e2e in Chromium;
 *   5. the database is dropped and everything stopped, whatever happened.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startTestSmtpServer } from "./test-smtp-server";

const nextBin = path.resolve("node_modules/next/dist/bin/next");
const cleanups: (() => Promise<void> | void)[] = [];

function banner(text: string) {
  console.log(`\n=== ${text} ${"=".repeat(Math.max(0, 70 - text.length))}`);
}

/** Async on purpose: the SMTP server lives in this process, and a blocking spawnSync would starve it. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code === 0));
    child.on("error", () => resolve(false));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      const port = typeof a === "object" && a ? a.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function postgresServerUrl(): Promise<string | null> {
  const base = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : new URL("postgres://postgres@127.0.0.1:5432/postgres");
  base.pathname = "/postgres";
  const sql = postgres(base.toString(), { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return base.toString();
  } catch {
    return null;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

async function createTestDatabase(): Promise<{ url: string; kind: "postgres" | "pglite" }> {
  const server = await postgresServerUrl();
  if (server) {
    const name = `gongkai_test_${crypto.randomBytes(5).toString("hex")}`;
    const admin = postgres(server, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    cleanups.push(async () => {
      const a = postgres(server, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`).catch((e: Error) => console.error(`could not drop ${name}: ${e.message}`));
      await a.end();
    });
    const url = new URL(server);
    url.pathname = `/${name}`;
    console.log(`Test database: ${name} on ${url.host} (PostgreSQL)`);
    return { url: url.toString(), kind: "postgres" };
  }
  if (process.env.REQUIRE_POSTGRES === "1") {
    throw new Error("REQUIRE_POSTGRES=1 but no PostgreSQL server answers (DATABASE_URL or 127.0.0.1:5432 as postgres).");
  }
  console.warn(`\n${"!".repeat(78)}\n!! No PostgreSQL server reachable: integration and e2e tests run on an EMBEDDED PGlite,\n!! served over the PostgreSQL protocol. Set REQUIRE_POSTGRES=1 to fail instead.\n${"!".repeat(78)}\n`);
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-test-pglite-"));
  const db = await PGlite.create(dir);
  const port = await freePort();
  const socketServer = new PGLiteSocketServer({ db: db as never, port, host: "127.0.0.1" });
  await socketServer.start();
  cleanups.push(async () => {
    await socketServer.stop();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, kind: "pglite" };
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app server exited early (code ${server.exitCode}).`);
    try {
      const r = await fetch(`${baseUrl}/api/health`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("The app server did not become healthy in time.");
}

const STAGES = ["unit", "integration", "e2e"];

async function main(): Promise<number> {
  // `npm test -- e2e` runs one stage (plus what it needs); other words filter test files by name in every stage that
  // runs, e.g. `npm test -- integration e2e due-digest staff-case`.
  const args = process.argv.slice(2);
  const only = args.filter((a) => STAGES.includes(a));
  const filters = args.filter((a) => !STAGES.includes(a));
  const want = (stage: string) => only.length === 0 || only.includes(stage);
  const filterArgs = (passFlag: string) => (filters.length ? [...filters, passFlag] : []);

  if (want("unit")) {
    banner("unit tests");
    if (!(await run("npx", ["vitest", "run", "--project", "unit", ...filterArgs("--passWithNoTests")]))) return 1;
    if (only.length === 1) return 0;
  }

  banner("test database");
  const database = await createTestDatabase();
  const secrets = {
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
  };
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, ...secrets, GONGKAI_TEST_DB_KIND: database.kind };
  if (!(await run("npx", ["tsx", "--conditions=react-server", "scripts/db-migrate.ts"], baseEnv))) return 1;
  // The demo accounts (one per role) are part of what e2e checks: each lands on its own home.
  if (!(await run("npx", ["tsx", "--conditions=react-server", "scripts/db-seed.ts"], baseEnv))) return 1;

  banner("test SMTP server");
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-test-mail-"));
  const smtp = await startTestSmtpServer(mailDir);
  cleanups.push(() => smtp.close());
  cleanups.push(() => fs.rmSync(mailDir, { recursive: true, force: true }));
  console.log(`SMTP on 127.0.0.1:${smtp.port}, mails written to ${mailDir}`);

  if (process.env.GONGKAI_TEST_SKIP_BUILD !== "1" || !fs.existsSync(".next/BUILD_ID")) {
    banner("next build");
    if (!(await run(process.execPath, [nextBin, "build"], { ...process.env, NODE_ENV: "production" }))) return 1;
  }

  banner("app server");
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const serverEnv: NodeJS.ProcessEnv = {
    ...baseEnv,
    NODE_ENV: "production",
    PORT: String(port),
    APP_URL: baseUrl,
    AUTH_TRUST_HOST: "true",
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: "政府信息公开 <no-reply@gongkai.test>",
    JOBS_POLL_INTERVAL_MS: "250",
    MAIL_DELIVERY_INTERVAL_SECONDS: "1",
    RATE_LIMIT_SIGNIN_PER_15_MINUTES: "20",
  };
  const logFile = path.join(mailDir, "..", `gongkai-test-server-${port}.log`);
  const log = fs.openSync(logFile, "w");
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], { env: serverEnv, stdio: ["ignore", log, log] });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once("exit", () => resolve());
        server.kill("SIGTERM");
        setTimeout(() => server.kill("SIGKILL"), 5000).unref();
      }),
  );
  await waitForHealth(baseUrl, server);
  console.log(`App on ${baseUrl} (log: ${logFile})`);

  const testEnv: NodeJS.ProcessEnv = { ...serverEnv, TEST_BASE_URL: baseUrl, TEST_MAIL_DIR: mailDir, TEST_SERVER_LOG: logFile };
  let ok = true;
  if (want("integration")) {
    banner("integration tests");
    ok = (await run("npx", ["vitest", "run", "--project", "integration", ...filterArgs("--passWithNoTests")], testEnv)) && ok;
  }
  if (want("e2e")) {
    banner("e2e tests (Playwright, Chromium)");
    ok = (await run("npx", ["playwright", "test", ...filterArgs("--pass-with-no-tests")], testEnv)) && ok;
  }
  if (!ok) {
    console.error(`\nSome tests failed. The app server's log follows (last 80 lines of ${logFile}):`);
    const lines = fs.readFileSync(logFile, "utf8").split("\n");
    console.error(lines.slice(-80).join("\n"));
  }
  return ok ? 0 : 1;
}

async function cleanup() {
  for (const c of cleanups.reverse()) {
    try {
      await c();
    } catch (e) {
      console.error(`cleanup: ${e instanceof Error ? e.message : e}`);
    }
  }
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(e instanceof Error ? e.message : e);
    await cleanup();
    process.exit(1);
  });
