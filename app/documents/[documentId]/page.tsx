import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { DocumentSheet } from "@/components/documents/document-sheet";
import { PrintButton } from "@/components/request/print-button";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/server/auth/session";
import { authorizeDocumentView } from "@/lib/server/documents/authorize-document";

type Props = { params: Promise<{ documentId: string }> };

const load = cache((documentId: string) => authorizeDocumentView(documentId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await load((await params).documentId);
  return doc ? { title: `${doc.title} ${doc.documentNumber}`, robots: { index: false } } : {};
}

/** A document on an A4 sheet, to read and print; staff see every one, the applicant those addressed to them. */
export default async function DocumentPage({ params }: Props) {
  const { documentId } = await params;
  const [doc, user, t] = await Promise.all([load(documentId), getSessionUser(), getTranslations("documents")]);
  if (!doc) notFound();
  const isStaff = !!user && can(user.roles, "staff.use");
  const back = isStaff
    ? { href: `/staff/cases/${doc.trackingNumber}`, label: t("page.backToCase") }
    : { href: user && user.id === doc.citizenUserId ? `/portal/requests/${doc.trackingNumber}` : `/track/${doc.trackingNumber}`, label: t("page.backToRequest") };
  return (
    <div className="space-y-4">
      <nav aria-label={t("page.toolbar")} className="no-print flex flex-wrap items-center gap-3">
        <Link href={back.href} className="mr-auto text-brand-700 underline underline-offset-4">
          {back.label}
        </Link>
        <PrintButton label={t("page.print")} />
        <a href={`/api/web/documents/${doc.id}/pdf`} download className="rounded border border-brand-600 px-4 py-2 text-brand-700 hover:bg-brand-50">
          {t("page.downloadPdf")}
        </a>
      </nav>
      <p className="no-print text-sm text-muted">{t("page.printHint")}</p>
      {!doc.visibleToApplicant ? <p className="no-print rounded border border-warn bg-warn-bg px-3 py-2 text-warn">{t("page.staffOnly")}</p> : null}
      <DocumentSheet doc={doc} />
    </div>
  );
}
