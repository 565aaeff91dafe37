import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDb, databaseKind, getDb } from "./index";

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
        await migrate(db, { migrationsFolder });
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

export async function migrateAndClose(): Promise<void> {
  try {
    await runMigrations();
  } finally {
    await closeDb();
  }
}
