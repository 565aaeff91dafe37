import { and, eq, isNull } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { sha256Hex } from "@/lib/server/crypto/random";

/** Revokes by id or by the secret itself; false when there was nothing active to revoke. */
export async function revokeApiToken(db: Db, actor: Actor, by: { id: string } | { token: string }): Promise<boolean> {
  const match = "id" in by ? eq(schema.apiTokens.id, by.id) : eq(schema.apiTokens.tokenHash, sha256Hex(by.token));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(match, isNull(schema.apiTokens.revokedAt)))
      .returning({ id: schema.apiTokens.id });
    if (!row) return false;
    await recordAudit(tx, { actor, action: "token.revoked", entityType: "api_token", entityId: row.id });
    return true;
  });
}
