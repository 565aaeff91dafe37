import "server-only";
import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db";
import type { Locale } from "@/lib/i18n/config";
import { recordAudit } from "@/lib/server/audit/record-audit";

/** Remembers the language on the account too, so mails go out in it. */
export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(schema.users).set({ locale, updatedAt: new Date() }).where(eq(schema.users.id, userId));
    await recordAudit(tx, { actor: { kind: "user", userId }, action: "user.locale_changed", entityType: "user", entityId: userId, after: { locale } });
  });
}
