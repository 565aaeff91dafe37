import { schema, type Db } from "@/db";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { randomToken, sha256Hex } from "@/lib/server/crypto/random";

/** Returns the token once; only its hash is stored. */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: { userId: string; name: string; expiresAt: Date | null },
): Promise<{ id: string; token: string }> {
  const token = `gk_${randomToken(32)}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.apiTokens)
      .values({ userId: input.userId, name: input.name, tokenHash: sha256Hex(token), prefix: token.slice(0, 10), expiresAt: input.expiresAt })
      .returning({ id: schema.apiTokens.id });
    await recordAudit(tx, {
      actor,
      action: "token.created",
      entityType: "api_token",
      entityId: row!.id,
      after: { userId: input.userId, name: input.name, expiresAt: input.expiresAt?.toISOString() ?? null },
    });
    return { id: row!.id, token };
  });
}
