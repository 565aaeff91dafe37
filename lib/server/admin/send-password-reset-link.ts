import "server-only";
import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { requestPasswordReset } from "@/lib/server/users/request-password-reset";
import { isStaffAccount } from "./list-users";

/**
 * Mails the account a one-time reset link (the same link as "forgot password"); the admin never sees or sets
 * the password. Refused for disabled accounts (enable first) and for citizens, who reset their own.
 */
export async function sendPasswordResetLink(actor: Actor, userId: string, locale: Locale): Promise<void> {
  const db = await getDb();
  const [user] = await db
    .select({ id: schema.users.id, email: schema.users.email, roles: schema.users.roles, disabledAt: schema.users.disabledAt })
    .from(schema.users)
    .where(eq(schema.users.id, userId))
    .limit(1);
  if (!user) throw new AppError("not_found");
  if (!isStaffAccount(user.roles)) throw new AppError("not_allowed", { userId: "admin.validation.citizenResetOwn" });
  if (user.disabledAt) throw new AppError("not_allowed", { userId: "admin.validation.disabledNoReset" });
  // The link, its mail and an audit event are written together inside requestPasswordReset; this event says who asked.
  await requestPasswordReset(user.email, locale);
  await db.transaction(async (tx) => {
    await recordAudit(tx, { actor, action: "user.password_reset_link_sent", entityType: "user", entityId: user.id, after: { email: user.email } });
  });
}
