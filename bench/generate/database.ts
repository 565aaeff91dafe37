import { spawnSync } from "node:child_process";
import postgres, { type Sql } from "postgres";
import { adminDatabaseUrl, BENCH_DATABASE_MARKER, benchDatabaseUrl, benchProcessEnv } from "../lib/bench-env";

/**
 * Creates the bench database, or re-creates one this generator made before (it carries a marker comment);
 * any other existing database is refused unless it is empty, so nobody's data is ever dropped.
 */
export async function prepareDatabase(database: string): Promise<void> {
  const admin = postgres(adminDatabaseUrl(), { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${database}`;
    if (row) {
      if (row.comment !== BENCH_DATABASE_MARKER) {
        const probe = postgres(benchDatabaseUrl(database), { max: 1, onnotice: () => {} });
        const [tables] = await probe<{ n: number }[]>`select count(*)::int as n from pg_tables where schemaname = 'public'`;
        await probe.end();
        if ((tables?.n ?? 0) > 0) throw new Error(`Database ${database} exists and was not made by bench/generate.ts: choose another --database.`);
      } else {
        console.log(`Dropping the previous bench database ${database}…`);
        await admin.unsafe(`drop database "${database}" with (force)`);
      }
    }
    const [exists] = await admin`select 1 from pg_database where datname = ${database}`;
    if (!exists) await admin.unsafe(`create database "${database}"`);
    await admin.unsafe(`comment on database "${database}" is '${BENCH_DATABASE_MARKER}'`);
  } finally {
    await admin.end();
  }
}

/** The product's own migrations, through the product's own script. */
export function runMigrations(database: string): void {
  const r = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/db-migrate.ts"], { stdio: "inherit", env: benchProcessEnv(database) });
  if (r.status !== 0) throw new Error("Migrations failed (see above).");
}

export type IndexDefinition = { name: string; table: string; definition: string };

/**
 * Secondary indexes of the bulk-loaded tables, dropped before the load and built afterwards: one sorted build
 * is several times faster than a million random insertions into each index. Primary keys and constraints stay.
 */
export async function dropSecondaryIndexes(sql: Sql, tables: readonly string[]): Promise<IndexDefinition[]> {
  const rows = await sql<{ name: string; table: string; definition: string }[]>`
    select i.indexname as name, i.tablename as table, i.indexdef as definition
    from pg_indexes i
    where i.schemaname = 'public' and i.tablename in ${sql(tables as string[])}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
  for (const r of rows) await sql.unsafe(`drop index "${r.name}"`);
  return rows;
}

/** Builds the indexes two at a time (this machine has two cores), each with room to sort in memory. */
export async function createIndexes(url: string, indexes: readonly IndexDefinition[]): Promise<void> {
  const queue = [...indexes];
  const worker = async () => {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await sql`set maintenance_work_mem = '512MB'`;
      await sql`set max_parallel_maintenance_workers = 0`;
      for (let next = queue.shift(); next; next = queue.shift()) await sql.unsafe(next.definition);
    } finally {
      await sql.end();
    }
  };
  await Promise.all([worker(), worker()]);
}
