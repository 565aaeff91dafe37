import "server-only";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/**
 * Every attempt to prove a query code (status lookup, code re-issue, adding a request to My requests) spends from
 * one per-address budget, so no form is a way around another's limit; `extraBucket` adds a second one (per account).
 */
export async function limitQueryCodeAttempts(ip: string, extraBucket?: string): Promise<void> {
  const db = await getDb();
  const max = getEnv().RATE_LIMIT_LOOKUPS_PER_MINUTE;
  for (const bucket of [`lookup:ip:${ip}`, ...(extraBucket ? [extraBucket] : [])]) {
    const r = await consumeRateLimit(db, bucket, max, 60);
    if (!r.allowed) throw new AppError("rate_limited", undefined, { "Retry-After": String(r.retryAfterSeconds) });
  }
}
