import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDb, databaseKind, getDb, rowsOf } from "./index";

const migrationsFolder = path.resolve(process.cwd(), "db/migrations");
// Any constant; serialises migrations when several instances start at once on PostgreSQL.
const MIGRATION_LOCK = 7_401_311;

/** Applies the committed drizzle-kit migrations to PostgreSQL or the embedded PGlite alike. */
export async function runMigrations(): Promise<void> {
  if (databaseKind() === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const db = drizzle(client);
      await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
      try {
        if (await hasPendingMigrations(db)) await migrate(db, { migrationsFolder });
      } finally {
        await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
      }
    } finally {
      await client.end({ timeout: 5 });
    }
    return;
  }
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const db = await getDb();
  await migrate(db as never, { migrationsFolder });
}

/**
 * Whether the database lacks a committed migration. When it has them all nothing runs that needs DDL rights (drizzle's
 * migrator would create its schema "if not exists", which PostgreSQL refuses to a role without CREATE), so the app can
 * start under a role that may only read and write data (README, "The application's database role").
 */
async function hasPendingMigrations(db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }): Promise<boolean> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: { when: number }[] };
  const newest = Math.max(...journal.entries.map((e) => e.when));
  try {
    const [row] = rowsOf<{ last: string | number | null }>(await db.execute(sql`select max(created_at) as last from drizzle.__drizzle_migrations`));
    return Number(row?.last ?? 0) < newest;
  } catch {
    return true; // no migrations table yet (a new database), or not readable: let the migrator say what is wrong
  }
}

export async function migrateAndClose(): Promise<void> {
  try {
    await runMigrations();
  } finally {
    await closeDb();
  }
}
