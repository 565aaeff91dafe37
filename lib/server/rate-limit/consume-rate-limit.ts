import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/db";

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number; count: number };

/**
 * Fixed-window counter in PostgreSQL (table rate_limit_counters), so every app instance shares it.
 * Runs in its own statement, outside the caller's transaction: a rejected request still counts.
 */
export async function consumeRateLimit(
  db: DbOrTx,
  bucket: string,
  limit: number,
  windowSeconds: number,
): Promise<RateLimitResult> {
  const result = await db.execute(sql`
    insert into rate_limit_counters (bucket, window_start, count, updated_at)
    values (${bucket}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1, now())
    on conflict (bucket, window_start) do update set count = rate_limit_counters.count + 1, updated_at = now()
    returning count, ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now())))::int as retry_after`);
  const row = rowsOf<{ count: number; retry_after: number }>(result)[0];
  const count = Number(row?.count ?? 0);
  return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Number(row?.retry_after ?? windowSeconds)), count };
}

/** Counters older than a day are of no use to any window we keep. */
export async function purgeOldRateLimitCounters(db: DbOrTx): Promise<void> {
  await db.execute(sql`delete from rate_limit_counters where window_start < now() - interval '1 day'`);
}
