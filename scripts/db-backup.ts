import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseKind, getDb, pgliteDir } from "../db/index";
import { runCli } from "./cli";

/**
 * A full backup of the database. PostgreSQL: `pg_dump --format=custom` (schema, data, sequences, the audit trigger;
 * restore with `npm run db:restore`). Embedded PGlite: the data folder as a gzip'd tarball (PGlite's dumpDataDir),
 * taken while this process holds the folder — refused while the server does, like the other CLIs.
 */

const usage = "npm run db:backup -- --out FILE [--force]";

runCli(usage, { out: { type: "string" }, force: { type: "boolean" } }, async (v) => {
  if (!v.out) throw new Error(`--out is required.\nUsage: ${usage}`);
  const out = path.resolve(v.out);
  if (fs.existsSync(out) && !v.force) throw new Error(`${out} exists: choose another name, or add --force to overwrite it.`);
  fs.mkdirSync(path.dirname(out), { recursive: true });

  if (databaseKind() === "postgres") {
    await pgDump(process.env.DATABASE_URL!, out);
  } else {
    const dir = pgliteDir();
    if (!fs.existsSync(dir) || fs.readdirSync(dir).length === 0) throw new Error(`No embedded database at ${dir}: nothing to back up.`);
    const db = await getDb(); // takes the embedded database's lock, or says who holds it
    const client = (db as unknown as { $client: { dumpDataDir: (c: "gzip") => Promise<Blob> } }).$client;
    const tarball = await client.dumpDataDir("gzip");
    fs.writeFileSync(out, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    console.log(`Embedded database ${pgliteDir()} backed up.`);
  }
  // A backup holds personal data (encrypted identifiers, names, addresses): readable by its owner only.
  fs.chmodSync(out, 0o600);
  console.log(`Backup written to ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KiB).`);
});

function pgDump(url: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("pg_dump", ["--format=custom", "--no-password", `--file=${out}`, `--dbname=${url}`], { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", (e) => reject(new Error(`pg_dump could not be started (${e.message}): install the PostgreSQL client tools.`)));
    child.on("close", (code) => {
      if (code === 0) return resolve();
      fs.rmSync(out, { force: true });
      reject(new Error(`pg_dump failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}
