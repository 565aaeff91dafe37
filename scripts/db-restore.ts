import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { acquirePgliteLock, databaseKind, pgliteDir } from "../db/index";
import { runCli } from "./cli";

/**
 * Restores a backup made by `npm run db:backup`. PostgreSQL: `pg_restore` in one transaction into an empty database
 * (with --force, into one that has tables: its objects are dropped first). Embedded PGlite: the tarball is loaded
 * into a fresh data folder; an existing folder is kept aside as `<folder>.before-restore-<time>` (--force), and the
 * server must be stopped (the folder's lock is checked, as by the other CLIs).
 */

const usage = "npm run db:restore -- --in FILE [--force]";
const PG_CUSTOM_MAGIC = "PGDMP";

runCli(usage, { in: { type: "string" }, force: { type: "boolean" } }, async (v) => {
  if (!v.in) throw new Error(`--in is required.\nUsage: ${usage}`);
  const file = path.resolve(v.in);
  if (!fs.existsSync(file)) throw new Error(`No backup at ${file}.`);
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, "r");
  fs.readSync(fd, head, 0, 5, 0);
  fs.closeSync(fd);
  const isPgDump = head.toString("latin1") === PG_CUSTOM_MAGIC;
  const isTarball = head[0] === 0x1f && head[1] === 0x8b;

  if (databaseKind() === "postgres") {
    if (!isPgDump) throw new Error(`${file} is not a PostgreSQL backup (pg_dump custom format)${isTarball ? ": it is an embedded-database backup" : ""}.`);
    const url = process.env.DATABASE_URL!;
    const tables = await countTables(url);
    if (tables > 0 && !v.force) throw new Error(`The target database already has ${tables} table(s). Restore into an empty database, or add --force to replace its contents.`);
    await pgRestore(url, file, tables > 0);
    console.log(`Restored ${file} into ${new URL(url).pathname.slice(1)}.`);
    console.log("Owners and GRANTs are not restored: apply the application role's grants again (README, \"The application's database role\").");
    return;
  }

  if (!isTarball) throw new Error(`${file} is not an embedded-database backup (gzip'd tarball)${isPgDump ? ": it is a PostgreSQL backup" : ""}.`);
  const dir = pgliteDir();
  const release = acquirePgliteLock(dir); // refuses while the server holds the folder
  try {
    if (fs.readdirSync(dir).length > 0) {
      if (!v.force) throw new Error(`${dir} already holds a database. Add --force to keep it aside and restore the backup in its place.`);
      const aside = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(dir, aside);
      console.log(`The previous database was moved to ${aside}.`);
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create(dir, { loadDataDir: new Blob([new Uint8Array(fs.readFileSync(file))]) });
    const { rows } = await db.query<{ n: number }>("select count(*)::int as n from pg_tables where schemaname = 'public'");
    await db.close();
    console.log(`Restored ${file} into ${dir} (${rows[0]?.n ?? 0} tables).`);
  } finally {
    release();
  }
});

async function countTables(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`;
    return row?.n ?? 0;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function pgRestore(url: string, file: string, clean: boolean): Promise<void> {
  const args = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--no-password", `--dbname=${url}`];
  if (clean) args.push("--clean", "--if-exists");
  return new Promise((resolve, reject) => {
    const child = spawn("pg_restore", [...args, file], { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", (e) => reject(new Error(`pg_restore could not be started (${e.message}): install the PostgreSQL client tools.`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`pg_restore failed (exit ${code}), nothing was changed: ${stderr.trim()}`))));
  });
}
