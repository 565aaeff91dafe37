import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { lookupRequest } from "./lookup-request";

export type LinkedRequest = { trackingNumber: string; alreadyLinked: boolean };

/**
 * Adds a request the citizen filed on paper (registered by staff) or online without an account to their My requests.
 *
 * Why tracking number + query code, and not "same e-mail as the account": accounts are opened without proving the
 * address (no confirmation mail), and a paper applicant may give no address or another one; the query code is the
 * credential the agency already hands the applicant on the 受理回执, and it opens the same case at /track today.
 * A case already in another account stays there (409): holding a code must not take a case from its owner.
 * The applicant's address (if any) is told, so a link made by someone else who learnt the code does not go unseen.
 */
export async function linkRequestToAccount(
  db: Db,
  input: { trackingNumber: string; queryCode: string; user: { id: string; email: string }; locale: Locale },
): Promise<LinkedRequest> {
  const found = await lookupRequest(db, input.trackingNumber, input.queryCode);
  if (!found) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: schema.cases.id, citizenUserId: schema.cases.citizenUserId, applicantId: schema.cases.applicantId })
      .from(schema.cases)
      .where(eq(schema.cases.id, found.caseId))
      .for("update")
      .limit(1);
    if (!row) throw new AppError("not_found");
    if (row.citizenUserId === input.user.id) return { trackingNumber: found.trackingNumber, alreadyLinked: true };
    if (row.citizenUserId !== null) throw new AppError("conflict", { trackingNumber: "linkRequest.linkedElsewhere" }, undefined, "request.linked_elsewhere");

    await tx.update(schema.cases).set({ citizenUserId: input.user.id, updatedAt: new Date() }).where(and(eq(schema.cases.id, row.id), isNull(schema.cases.citizenUserId)));
    const [applicant] = await tx
      .update(schema.applicants)
      .set({ userId: input.user.id })
      .where(eq(schema.applicants.id, row.applicantId))
      .returning({ name: schema.applicants.name, email: schema.applicants.email });
    await recordAudit(tx, {
      actor: { kind: "user", userId: input.user.id },
      action: "case.linked_to_account",
      entityType: "case",
      entityId: row.id,
      caseId: row.id,
      before: { citizenUserId: null },
      after: { citizenUserId: input.user.id },
    });
    if (applicant?.email) {
      const t = translatorFor(input.locale);
      await enqueueMail(tx, {
        to: applicant.email,
        subject: t("linkRequest.mail.subject", { trackingNumber: found.trackingNumber }),
        text: t("linkRequest.mail.body", { name: applicant.name, trackingNumber: found.trackingNumber, account: input.user.email }),
        template: "request_linked",
        caseId: row.id,
      });
    }
    return { trackingNumber: found.trackingNumber, alreadyLinked: false };
  });
}
