import "server-only";
import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { generateQueryCode, hashQueryCode } from "@/lib/server/crypto/query-code";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";

/**
 * A new query code, mailed to the address the applicant gave; the old code stops working at once.
 * Says nothing about whether the pair matched (the caller answers the same either way).
 */
export async function reissueQueryCode(trackingNumber: string, email: string, locale: Locale): Promise<void> {
  const db = await getDb();
  const [row] = await db
    .select({ id: schema.cases.id, email: schema.applicants.email })
    .from(schema.cases)
    .innerJoin(schema.applicants, eq(schema.applicants.id, schema.cases.applicantId))
    .where(eq(schema.cases.trackingNumber, trackingNumber))
    .limit(1);
  if (!row?.email || row.email.toLowerCase() !== email.toLowerCase()) return;
  const queryCode = generateQueryCode();
  const t = translatorFor(locale);
  await db.transaction(async (tx) => {
    await tx.update(schema.cases).set({ queryCodeHash: hashQueryCode(queryCode), updatedAt: new Date() }).where(eq(schema.cases.id, row.id));
    await enqueueMail(tx, {
      to: row.email!,
      subject: t("mail.queryCodeReissued.subject", { trackingNumber }),
      text: t("mail.queryCodeReissued.body", { trackingNumber, queryCode }),
      template: "query_code_reissued",
      caseId: row.id,
    });
    await recordAudit(tx, { actor: { kind: "anonymous" }, action: "case.query_code_reissued", entityType: "case", entityId: row.id, caseId: row.id });
  });
}
