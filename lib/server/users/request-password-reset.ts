import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { appUrl } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { randomToken, sha256Hex } from "@/lib/server/crypto/random";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";

const VALID_MINUTES = 60;

/**
 * Mails a one-time reset link when the account exists and is enabled. The caller answers the same either way,
 * so the form does not reveal which e-mail addresses have accounts.
 */
export async function requestPasswordReset(email: string, requestLocale: Locale): Promise<void> {
  const db = await getDb();
  const [user] = await db
    .select({ id: schema.users.id, name: schema.users.name, locale: schema.users.locale })
    .from(schema.users)
    .where(and(eq(schema.users.email, email), isNull(schema.users.disabledAt)))
    .limit(1);
  if (!user) return;
  const token = randomToken();
  const locale = isLocale(user.locale) ? user.locale : requestLocale;
  const t = translatorFor(locale);
  const link = `${appUrl()}/reset-password/${token}`;
  await db.transaction(async (tx) => {
    await tx.insert(schema.passwordResetTokens).values({
      userId: user.id,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(Date.now() + VALID_MINUTES * 60_000),
    });
    await enqueueMail(tx, {
      to: email,
      subject: t("mail.passwordReset.subject"),
      text: t("mail.passwordReset.body", { name: user.name, link, minutes: VALID_MINUTES }),
      template: "password_reset",
    });
    await recordAudit(tx, {
      actor: { kind: "anonymous" },
      action: "user.password_reset_requested",
      entityType: "user",
      entityId: user.id,
    });
  });
}
