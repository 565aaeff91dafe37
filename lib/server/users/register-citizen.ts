import "server-only";
import { getDb, schema } from "@/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { hashPassword } from "@/lib/server/auth/passwords";
import { isUniqueViolation } from "@/lib/server/db-errors";
import type { RegisterInput } from "@/lib/validation/auth";

/** Citizens register themselves; the account holds the `citizen` role only. */
export async function registerCitizen(input: RegisterInput, locale: Locale): Promise<{ id: string }> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(schema.users)
        .values({ email: input.email, name: input.name, passwordHash, roles: ["citizen"], locale })
        .returning({ id: schema.users.id });
      await recordAudit(tx, {
        actor: { kind: "user", userId: user!.id },
        action: "user.registered",
        entityType: "user",
        entityId: user!.id,
        after: { email: input.email, name: input.name, roles: ["citizen"] },
      });
      return { id: user!.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("conflict", { email: "validation.email.taken" });
    throw e;
  }
}
