import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Db, type Tx } from "@/db";
import { AppError } from "@/lib/errors";
import { decryptText, encryptText } from "@/lib/server/crypto/personal-data";

const TTL_HOURS = 24;

export type StoredResponse = { status: number; body: unknown };

export function parseIdempotencyKey(header: string | null): string | null {
  if (header === null) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(header)) throw new AppError("validation", { "Idempotency-Key": "validation.idempotencyKey.invalid" });
  return header;
}

export function requestHash(raw: Buffer): string {
  return crypto.createHash("sha256").update(raw).digest("hex");
}

/** The stored answer for a key replayed within 24 h (same body), or null; a different body is refused. */
export async function findReplay(db: Db, scope: string, key: string, hash: string): Promise<StoredResponse | null> {
  const row = rowsOf<{ request_hash: string; status: number; response_enc: string }>(
    await db.execute(sql`
      select request_hash, status, response_enc from idempotency_keys
      where scope = ${scope} and key = ${key} and expires_at > now()`),
  )[0];
  if (!row) return null;
  if (row.request_hash !== hash) throw new AppError("not_allowed", { "Idempotency-Key": "validation.idempotencyKey.reused" });
  return { status: Number(row.status), body: JSON.parse(decryptText(row.response_enc)) };
}

/**
 * Written in the same transaction as the case: a concurrent request with the same key waits on this row's
 * primary key and then fails with a unique violation, and is answered from the stored row.
 */
export async function storeResponse(tx: Tx, scope: string, key: string, hash: string, response: StoredResponse, caseId: string): Promise<void> {
  await tx.execute(sql`delete from idempotency_keys where scope = ${scope} and key = ${key} and expires_at <= now()`);
  await tx.execute(sql`
    insert into idempotency_keys (scope, key, request_hash, status, response_enc, case_id, expires_at)
    values (${scope}, ${key}, ${hash}, ${response.status}, ${encryptText(JSON.stringify(response.body))}, ${caseId},
            now() + make_interval(hours => ${TTL_HOURS}))`);
}

/** The stored query codes are kept only for 24 h. */
export async function purgeExpiredIdempotencyKeys(db: Db): Promise<void> {
  await db.execute(sql`delete from idempotency_keys where expires_at <= now()`);
}
