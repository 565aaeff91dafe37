import "server-only";
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db";
import { isRole, type Role } from "@/lib/auth/roles";
import { sha256Hex } from "@/lib/server/crypto/random";

export type TokenPrincipal = { userId: string; email: string; roles: Role[]; tokenId: string };

/** `Authorization: Bearer <token>` → the owner's roles, or null when absent, unknown, revoked, expired or the owner is disabled. */
export async function authenticateBearer(headers: Headers): Promise<TokenPrincipal | null | "malformed"> {
  const header = headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{10,200})$/.exec(header.trim());
  if (!match?.[1]) return "malformed";
  const db = await getDb();
  // One statement: the lookup, and lastUsedAt touched at most once a minute (a busy integration should not write
  // on every call, nor pay a second round trip for it).
  const rows = rowsOf<{ token_id: string; user_id: string; email: string; roles: string[] }>(
    await db.execute(sql`
      with found as (
        select t.id as token_id, u.id as user_id, u.email, u.roles
        from api_tokens t join users u on u.id = t.user_id
        where t.token_hash = ${sha256Hex(match[1])}
          and t.revoked_at is null
          and (t.expires_at is null or t.expires_at > now())
          and u.disabled_at is null
        limit 1
      ), touched as (
        update api_tokens set last_used_at = now()
        where id = (select token_id from found) and (last_used_at is null or last_used_at < now() - interval '1 minute')
      )
      select token_id, user_id, email, roles from found`),
  );
  const row = rows[0];
  if (!row) return "malformed";
  return { userId: row.user_id, email: row.email, roles: row.roles.filter(isRole), tokenId: row.token_id };
}
