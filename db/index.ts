import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export { schema };
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type Handle = { db: Db; kind: "postgres" | "pglite"; close: () => Promise<void> };
type Cache = { main?: Promise<Handle>; read?: Promise<Handle> };

// Cached on globalThis: Next may load this module more than once per process (instrumentation, routes),
// and two PGlite instances on one folder would corrupt it.
const g = globalThis as unknown as { __gongkaiDb?: Cache };
const cache: Cache = (g.__gongkaiDb ??= {});

export function databaseKind(): "postgres" | "pglite" {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

export function pgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR || ".data/pglite");
}

async function openPostgres(url: string, max: number): Promise<Handle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: 5,
    idle_timeout: 30,
    // postgres.js waits before reconnecting, longer after each failure (up to 20 s), and a query that arrives meanwhile
    // waits too: capped at 1 s, requests fail fast (503) while the database is down and work again within a second of
    // its return (tests/integration/outage.test.ts).
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    // Plans stay per execution, as with unnamed statements: a prepared statement never switches to a generic plan.
    connection: { application_name: "gongkai", plan_cache_mode: "force_custom_plan" },
  });
  const db = drizzle(preparingStatements(client), { schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
}

type PgClient = import("postgres").Sql;

/**
 * drizzle runs every query as an unnamed statement, and postgres.js then asks the server for the parameter types
 * (Parse/Describe, wait, Bind/Execute) before each one: two round trips per query. As named statements they are
 * described once per connection and cost one round trip afterwards. Transactions and savepoints get the same.
 * (Behind PgBouncer in transaction mode this needs max_prepared_statements, see docs/scaling.md.)
 */
function preparingStatements<T extends PgClient>(client: T): T {
  return new Proxy(client, {
    get(target, prop) {
      if (prop === "unsafe") {
        return (query: string, params?: unknown[], options?: object) => target.unsafe(query, params as never, { ...options, prepare: true });
      }
      if (prop === "begin" || prop === "savepoint") {
        const open = Reflect.get(target, prop, target) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const fn = args.pop() as (sql: PgClient) => unknown;
          return open.call(target, ...args, (sql: PgClient) => fn(preparingStatements(sql)));
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** PGlite does not lock its folder, so we do: a second process opening it would corrupt it. (Also used by db:restore.) */
export function acquirePgliteLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(path.dirname(dir), `${path.basename(dir)}.lock`);
  try {
    const holder = Number(fs.readFileSync(lockFile, "utf8").trim());
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database at ${dir} is in use by process ${holder} (probably the running server). ` +
          `Stop it first, or set DATABASE_URL to use PostgreSQL.`,
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  const release = () => {
    try {
      if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      /* already gone */
    }
  };
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function openPglite(): Promise<Handle> {
  const dir = pgliteDir();
  const release = acquirePgliteLock(dir);
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = await PGlite.create(dir);
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

function openMain(): Promise<Handle> {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url, Number(process.env.DATABASE_POOL_SIZE || 10)) : openPglite();
}

/** The main connection, opened on first use. */
export async function getDb(): Promise<Db> {
  cache.main ??= openMain().catch((e) => {
    cache.main = undefined;
    throw e;
  });
  return (await cache.main).db;
}

/** Statistics read from DATABASE_READ_URL (a replica) when set, else from the main connection. */
export async function getReadDb(): Promise<Db> {
  const url = process.env.DATABASE_READ_URL;
  if (!url) return getDb();
  cache.read ??= openPostgres(url, 5).catch((e) => {
    cache.read = undefined;
    throw e;
  });
  return (await cache.read).db;
}

export async function closeDb(): Promise<void> {
  const handles = [cache.main, cache.read];
  cache.main = undefined;
  cache.read = undefined;
  for (const h of handles) if (h) await (await h).close();
}

/** postgres.js returns an array, PGlite `{ rows }`: one shape for raw `db.execute` results. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
