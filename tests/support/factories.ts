import crypto from "node:crypto";
import bcrypt from "bcryptjs";
import { sql } from "./db";

export const TEST_PASSWORD = "test-pass-2026";
let hash: string | undefined;

/** A fresh user of the given roles, unique to the calling test. */
export async function createTestUser(roles: string[], opts: { disabled?: boolean; name?: string } = {}) {
  hash ??= await bcrypt.hash(TEST_PASSWORD, 10);
  const email = `${roles.join("-")}-${crypto.randomBytes(5).toString("hex")}@test.gongkai.cn`;
  const name = opts.name ?? `测试${roles[0]}`;
  const [row] = await sql()<{ id: string }[]>`
    insert into users (email, name, password_hash, roles, disabled_at)
    values (${email}, ${name}, ${hash}, ${roles}, ${opts.disabled ? new Date() : null})
    returning id`;
  return { id: row!.id, email, name, password: TEST_PASSWORD };
}

/** An API token for `userId`, inserted as the app stores it (SHA-256 of the secret). */
export async function createTestToken(userId: string, opts: { expiresAt?: Date | null; revoked?: boolean } = {}) {
  const token = `gk_${crypto.randomBytes(32).toString("base64url")}`;
  const tokenHash = crypto.createHash("sha256").update(token).digest("hex");
  await sql()`
    insert into api_tokens (user_id, name, token_hash, prefix, expires_at, revoked_at)
    values (${userId}, 'test', ${tokenHash}, ${token.slice(0, 10)}, ${opts.expiresAt ?? null}, ${opts.revoked ? new Date() : null})`;
  return token;
}

export function baseUrl(): string {
  const url = process.env.TEST_BASE_URL;
  if (!url) throw new Error("TEST_BASE_URL is not set: run the suite through `npm test`.");
  return url;
}
