import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase, npmRun, onPostgres } from "../security/scratch-db";

/**
 * `npm run db:backup` / `npm run db:restore` round trips: a migrated and demo-seeded database is backed up,
 * restored into a fresh one, and every table (and sequence) compared row for row. PostgreSQL through pg_dump /
 * pg_restore; the embedded PGlite through its data-folder tarball.
 */

const work = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-backup-"));
const drops: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const d of drops) await d().catch(() => {});
  fs.rmSync(work, { recursive: true, force: true });
});

type Snapshot = Record<string, string>;

/** Every table of the public and drizzle schemas as (row count, digest of all rows), plus every sequence's value. */
async function snapshotPostgres(url: string): Promise<Snapshot> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await snapshotWith((q) => sql.unsafe(q) as Promise<Record<string, unknown>[]>);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function snapshotWith(query: (q: string) => Promise<Record<string, unknown>[]>): Promise<Snapshot> {
  const out: Snapshot = {};
  const tables = await query(`select schemaname || '.' || tablename as t from pg_tables where schemaname in ('public', 'drizzle') order by 1`);
  for (const { t } of tables as { t: string }[]) {
    const [schema, table] = t.split(".");
    const [row] = await query(`select count(*)::int as n, md5(coalesce(string_agg(x::text, E'\\n' order by x::text), '')) as digest from "${schema}"."${table}" x`);
    out[t] = `${row!.n} rows, ${row!.digest}`;
  }
  const seqs = await query(`select schemaname || '.' || sequencename as s, coalesce(last_value, 0)::text as v from pg_sequences where schemaname in ('public', 'drizzle') order by 1`);
  for (const { s, v } of seqs as { s: string; v: string }[]) out[`sequence ${s}`] = v;
  const triggers = await query(`select tgname from pg_trigger where not tgisinternal order by 1`);
  out.triggers = (triggers as { tgname: string }[]).map((r) => r.tgname).join(",");
  return out;
}

describe.skipIf(!onPostgres)("backup and restore on PostgreSQL", () => {
  it("round-trips a migrated, demo-seeded database: every table, sequence and trigger identical", async () => {
    const src = await createScratchDatabase("backup_src");
    const dst = await createScratchDatabase("backup_dst");
    drops.push(src.drop, dst.drop);
    for (const [script, env] of [["db:migrate", {}], ["db:seed", { SEED_DEMO: "1" }]] as const) {
      const r = await npmRun(script, [], { DATABASE_URL: src.url, ...env });
      expect(r.code, `${script}: ${r.stderr}`).toBe(0);
    }
    const before = await snapshotPostgres(src.url);
    expect(before["public.cases"]).toMatch(/^1[0-9] rows/); // the demo cases
    expect(before["public.audit_events"]).not.toMatch(/^0 rows/);

    const file = path.join(work, "gongkai.dump");
    const backup = await npmRun("db:backup", ["--out", file], { DATABASE_URL: src.url });
    expect(backup.code, backup.stderr).toBe(0);
    expect(fs.readFileSync(file).subarray(0, 5).toString("latin1")).toBe("PGDMP");
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    // The same name again is refused (no silent overwrite of a backup).
    expect((await npmRun("db:backup", ["--out", file], { DATABASE_URL: src.url })).code).not.toBe(0);

    const restore = await npmRun("db:restore", ["--in", file], { DATABASE_URL: dst.url });
    expect(restore.code, restore.stderr).toBe(0);
    expect(await snapshotPostgres(dst.url)).toEqual(before);

    // The restored audit log is still append-only.
    const sql = postgres(dst.url, { max: 1, onnotice: () => {} });
    await expect(sql`update audit_events set action = 'tampered'`).rejects.toThrow(/append-only/);
    await sql.end();

    // A database that has tables is not overwritten by accident; --force replaces its contents.
    const again = await npmRun("db:restore", ["--in", file], { DATABASE_URL: dst.url });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already has \d+ table/);
    const forced = await npmRun("db:restore", ["--in", file, "--force"], { DATABASE_URL: dst.url });
    expect(forced.code, forced.stderr).toBe(0);
    expect(await snapshotPostgres(dst.url)).toEqual(before);
  }, 180_000);
});

describe("backup and restore of the embedded database (PGlite)", () => {
  it("round-trips the data folder, and refuses while another process holds it", async () => {
    const srcDir = path.join(work, "src", "pglite");
    const dstDir = path.join(work, "dst", "pglite");
    fs.mkdirSync(path.dirname(srcDir), { recursive: true });
    fs.mkdirSync(path.dirname(dstDir), { recursive: true });
    const env = (dir: string) => ({ DATABASE_URL: "", PGLITE_DIR: dir });
    for (const script of ["db:migrate", "db:seed"]) {
      const r = await npmRun(script, [], env(srcDir));
      expect(r.code, `${script}: ${r.stderr}`).toBe(0);
    }
    const file = path.join(work, "embedded.tar.gz");
    const backup = await npmRun("db:backup", ["--out", file], env(srcDir));
    expect(backup.code, backup.stderr).toBe(0);

    // A PostgreSQL restore refuses the embedded format (and says so).
    if (onPostgres) {
      const wrong = await npmRun("db:restore", ["--in", file], { DATABASE_URL: "postgres://postgres@127.0.0.1:1/none" });
      expect(wrong.stderr).toContain("embedded-database backup");
    }

    const restore = await npmRun("db:restore", ["--in", file], env(dstDir));
    expect(restore.code, restore.stderr).toBe(0);

    const { PGlite } = await import("@electric-sql/pglite");
    const snap = async (dir: string) => {
      const db = await PGlite.create(dir);
      try {
        return await snapshotWith(async (q) => (await db.query<Record<string, unknown>>(q)).rows);
      } finally {
        await db.close();
      }
    };
    const a = await snap(srcDir);
    expect(a["public.cases"]).not.toMatch(/^0 rows/);
    expect(await snap(dstDir)).toEqual(a);

    // While "the server" (this test process, alive) holds the folder, both commands refuse.
    fs.writeFileSync(`${srcDir}.lock`, String(process.pid));
    const held = await npmRun("db:backup", ["--out", path.join(work, "held.tar.gz")], env(srcDir));
    expect(held.code).not.toBe(0);
    expect(held.stderr).toContain(`is in use by process ${process.pid}`);
    const heldRestore = await npmRun("db:restore", ["--in", file, "--force"], env(srcDir));
    expect(heldRestore.code).not.toBe(0);
    expect(heldRestore.stderr).toContain(`is in use by process ${process.pid}`);
    fs.rmSync(`${srcDir}.lock`);
  }, 240_000);
});
