import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/labels";

export type ApplicantDocument = { id: string; kind: string; documentNumber: string; title: string; issuedOn: string };

/** 文书: the documents addressed to the applicant, each to view and print, or to download as PDF. */
export async function ApplicantDocuments({ documents }: { documents: readonly ApplicantDocument[] }) {
  const [t, raw] = await Promise.all([getTranslations("documents"), getLocale()]);
  const locale = isLocale(raw) ? raw : "zh-CN";
  const kind = (k: string) => (t.has(`kinds.${k}` as never) ? t(`kinds.${k}` as never) : k);
  return (
    <Card title={t("title")}>
      {documents.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-line" data-testid="documents">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
              <span className="min-w-0">
                <span className="mr-2 rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{kind(d.kind)}</span>
                <span lang="zh-CN">{d.title}</span>
                <span className="ml-2 text-sm text-muted">
                  <span className="sr-only">{t("number")} </span>
                  {d.documentNumber} · {formatDate(d.issuedOn, locale)}
                </span>
              </span>
              <span className="no-print flex gap-4">
                <a href={`/documents/${d.id}`} className="text-brand-700 underline underline-offset-4" aria-label={t("viewLabel", { title: d.title })}>
                  {t("view")}
                </a>
                <a href={`/api/web/documents/${d.id}/pdf`} className="text-brand-700 underline underline-offset-4" download aria-label={t("pdfLabel", { title: d.title })}>
                  {t("pdf")}
                </a>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
