import "server-only";
import { eq } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";

/**
 * Disables or enables an account (never deletes: cases keep their history). A disabled account's sessions and
 * API tokens stop working on their next request, since both are checked against `disabled_at` every time.
 * An admin cannot disable themself.
 */
export async function setUserDisabled(db: Db, actor: Actor & { userId: string }, userId: string, disabled: boolean): Promise<{ changed: boolean }> {
  if (disabled && userId === actor.userId) throw new AppError("not_allowed", { userId: "admin.validation.selfDisable" });
  return db.transaction(async (tx) => {
    const u = schema.users;
    const [user] = await tx.select({ disabledAt: u.disabledAt }).from(u).where(eq(u.id, userId)).for("update").limit(1);
    if (!user) throw new AppError("not_found");
    if (Boolean(user.disabledAt) === disabled) return { changed: false };
    const disabledAt = disabled ? new Date() : null;
    await tx.update(u).set({ disabledAt, updatedAt: new Date() }).where(eq(u.id, userId));
    await recordAudit(tx, {
      actor,
      action: disabled ? "user.disabled" : "user.enabled",
      entityType: "user",
      entityId: userId,
      before: { disabledAt: user.disabledAt?.toISOString() ?? null },
      after: { disabledAt: disabledAt?.toISOString() ?? null },
    });
    return { changed: true };
  });
}
