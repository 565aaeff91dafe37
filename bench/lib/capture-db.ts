import { drizzle } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import { schema, type Db } from "../../db";

export type CapturedQuery = { sql: string; params: unknown[] };

/**
 * A drizzle handle like the app's (postgres.js, same schema) that also records every statement it sends, so a
 * scenario can EXPLAIN exactly what a product function ran. Pool size as the app's default (10).
 */
export function capturingDb(url: string): { db: Db; client: Sql; captured: CapturedQuery[]; close: () => Promise<void> } {
  const captured: CapturedQuery[] = [];
  const client = postgres(url, { max: 10, onnotice: () => {}, idle_timeout: 30, connect_timeout: 5 });
  const db = drizzle(client, {
    schema,
    logger: { logQuery: (sql, params) => void captured.push({ sql, params }) },
  }) as unknown as Db;
  return { db, client, captured, close: () => client.end({ timeout: 5 }) };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured statement with its parameters. */
export async function explainAnalyze(client: Sql, q: CapturedQuery): Promise<string> {
  const rows = await client.unsafe(`explain (analyze, buffers) ${q.sql}`, q.params as never[]);
  return rows.map((r) => Object.values(r)[0]).join("\n");
}
