import "server-only";
import { sql } from "drizzle-orm";
import { getDb, rowsOf, schema } from "@/db";
import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { hashPassword } from "@/lib/server/auth/passwords";
import { sha256Hex } from "@/lib/server/crypto/random";

/** Uses a reset link once: the token is consumed in the same transaction that sets the new password. */
export async function resetPassword(token: string, password: string): Promise<{ email: string }> {
  const db = await getDb();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const consumed = rowsOf<{ user_id: string }>(
      await tx.execute(sql`
        update password_reset_tokens set used_at = now()
        where token_hash = ${sha256Hex(token)} and used_at is null and expires_at > now()
        returning user_id`),
    )[0];
    if (!consumed) throw new AppError("not_found", { token: "validation.resetLink.invalid" });
    const [user] = await tx
      .update(schema.users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(schema.users.id, consumed.user_id))
      .returning({ id: schema.users.id, email: schema.users.email, disabledAt: schema.users.disabledAt });
    if (!user || user.disabledAt) throw new AppError("not_found", { token: "validation.resetLink.invalid" });
    // Any other outstanding links for this account stop working too.
    await tx.execute(sql`update password_reset_tokens set used_at = now() where user_id = ${user.id} and used_at is null`);
    await recordAudit(tx, { actor: { kind: "user", userId: user.id }, action: "user.password_reset", entityType: "user", entityId: user.id });
    return { email: user.email };
  });
}
