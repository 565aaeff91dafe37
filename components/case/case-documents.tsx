import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/labels";
import type { listCaseDocuments } from "@/lib/server/documents/list-case-documents";
import { ServiceRecordForm } from "./service-record-form";

type Docs = NonNullable<Awaited<ReturnType<typeof listCaseDocuments>>>;

/** Every document of the case with its number, links, and its service records (送达). */
export async function CaseDocuments({ docs, trackingNumber, today, locale }: { docs: Docs; trackingNumber: string; today: string; locale: Locale }) {
  const t = await getTranslations("documents");
  return (
    <Card title={t("title")}>
      {docs.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-line" data-testid="case-documents">
          {docs.map((d) => (
            <li key={d.id} className="space-y-1 py-3">
              <div className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-medium">{d.title}</span>
                <span className="text-sm text-muted">
                  {d.documentNumber} · {formatDate(d.issuedOn, locale)}
                </span>
                <a href={`/documents/${d.id}`} className="text-brand-700 underline underline-offset-4" aria-label={t("viewLabel", { title: d.title })}>
                  {t("view")}
                </a>
                <a href={`/api/web/documents/${d.id}/pdf`} className="text-brand-700 underline underline-offset-4" aria-label={t("pdfLabel", { title: d.title })}>
                  {t("pdf")}
                </a>
              </div>
              <p className="text-sm">
                <span className="text-muted">{t("service.title")}：</span>
                {d.services.length === 0
                  ? t("service.none")
                  : d.services
                      .map((s) =>
                        t("service.entry", {
                          date: formatDate(s.servedAt, locale),
                          method: t(`serviceMethods.${s.method as "post"}`),
                          ems: s.emsNumber ? t("service.emsSuffix", { number: s.emsNumber }) : "",
                          by: s.recordedBy ?? "—",
                        }),
                      )
                      .join("；")}
              </p>
              <details>
                <summary className="cursor-pointer text-sm text-brand-700">{t("service.record")}</summary>
                <ServiceRecordForm trackingNumber={trackingNumber} documentId={d.id} today={today} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
