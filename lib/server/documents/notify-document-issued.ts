import "server-only";
import type { DbOrTx } from "@/db";
import { appUrl } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { enqueueMail, type OutgoingMail } from "@/lib/server/mail/enqueue-mail";
import type { CaseDocumentContext } from "./case-document-context";

/**
 * Tells the applicant (when they gave an e-mail) that a document is waiting, with a link to where they follow
 * the case: My requests for their own account, the status lookup otherwise. The document itself is not mailed.
 */
export async function notifyDocumentIssued(tx: DbOrTx, ctx: CaseDocumentContext, doc: { title: string; documentNumber: string }, preferred?: Locale): Promise<void> {
  const mail = documentIssuedMail(ctx, doc, preferred);
  if (mail) await enqueueMail(tx, mail);
}

/** The mail notifyDocumentIssued writes, or null when the applicant gave no e-mail. */
export function documentIssuedMail(
  ctx: Pick<CaseDocumentContext, "caseId" | "trackingNumber" | "citizenUserId" | "citizenLocale" | "applicantName" | "applicantEmail">,
  doc: { title: string; documentNumber: string },
  preferred?: Locale,
): OutgoingMail | null {
  if (!ctx.applicantEmail) return null;
  const locale: Locale = preferred ?? (isLocale(ctx.citizenLocale) ? ctx.citizenLocale : "zh-CN");
  const t = translatorFor(locale);
  const link = ctx.citizenUserId
    ? `${appUrl()}/portal/requests/${encodeURIComponent(ctx.trackingNumber)}`
    : `${appUrl()}/track?tn=${encodeURIComponent(ctx.trackingNumber)}`;
  return {
    to: ctx.applicantEmail,
    subject: t("documentsMail.issued.subject", { title: doc.title }),
    text: t(ctx.citizenUserId ? "documentsMail.issued.bodyPortal" : "documentsMail.issued.bodyLookup", {
      name: ctx.applicantName,
      trackingNumber: ctx.trackingNumber,
      title: doc.title,
      documentNumber: doc.documentNumber,
      link,
    }),
    template: "document_issued",
    caseId: ctx.caseId,
  };
}
