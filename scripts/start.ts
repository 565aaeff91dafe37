/**
 * `npm start`: with no configuration, migrates and seeds the embedded PGlite database under ./.data, builds if
 * needed and serves; with DATABASE_URL it migrates PostgreSQL and serves (demo data only with SEED_DEMO=1).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadLocalSecrets } from "./local-secrets";
import { closeDb, databaseKind, getDb, pgliteDir } from "../db/index";
import { runMigrations } from "../db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from "../db/seed";

const nextBin = path.resolve("node_modules/next/dist/bin/next");

async function prepareDatabase(): Promise<boolean> {
  await runMigrations();
  const db = await getDb();
  const wantDemo = databaseKind() === "pglite" || process.env.SEED_DEMO === "1" || process.env.SEED_DEMO === "true";
  let seeded = false;
  if (wantDemo && (await isDatabaseEmpty(db))) {
    await seedDemo(db);
    seeded = true;
  }
  await closeDb(); // the server opens it next; PGlite must never be open twice
  return seeded;
}

function buildIfNeeded(): void {
  if (fs.existsSync(".next/BUILD_ID") && process.env.GONGKAI_FORCE_BUILD !== "1") return;
  console.log("No production build yet: running `next build` (about a minute)…");
  const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (r.status !== 0) {
    console.error("The build failed; see the output above.");
    process.exit(r.status ?? 1);
  }
}

const dev = process.argv.includes("--dev");

async function main() {
  loadLocalSecrets();
  if (databaseKind() === "postgres" && !process.env.AUTH_SECRET) {
    console.error("AUTH_SECRET is required with DATABASE_URL (e.g. `openssl rand -base64 32`). See README, Configuration.");
    process.exit(1);
  }
  const where = databaseKind() === "postgres" ? "PostgreSQL (DATABASE_URL)" : `the embedded database (PGlite, ${pgliteDir()})`;
  console.log(`Preparing ${where}…`);
  const seeded = await prepareDatabase();
  if (!dev) buildIfNeeded();

  const port = process.env.PORT || "3000";
  // `npm run dev`: the same preparation, then Next's development server.
  const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: dev ? "development" : "production", AUTH_TRUST_HOST: "true", PORT: port },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

  console.log(`\nGongkai is starting on http://localhost:${port}`);
  if (seeded || databaseKind() === "pglite") {
    console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.roles.join("+").padEnd(17)} ${a.email}`);
  }
}

main().catch(async (e) => {
  console.error(`Start failed: ${e instanceof Error ? e.message : e}`);
  await closeDb().catch(() => {});
  process.exit(1);
});
