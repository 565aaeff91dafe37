import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicantDocuments } from "@/components/documents/applicant-documents";
import { Card } from "@/components/ui/card";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDate, formatInstant, outcomeLabel, reasonLabel } from "@/lib/i18n/labels";
import type { RequestView } from "@/lib/server/requests/get-request-view";
import { ClarificationAnswerForm } from "./clarification-answer";
import { StatusBadge } from "./status-badge";

function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd className="break-words">{children}</dd>
    </>
  );
}

/** The applicant's view of one case: status, dates, answer, what was asked, files, history. */
export async function RequestViewPanel({ view, fileHref, actions }: { view: NonNullable<RequestView>; fileHref: (fileId: string) => string; actions?: ReactNode }) {
  const [t, tc, rawLocale] = await Promise.all([getTranslations("requests"), getTranslations("clarification"), getLocale()]);
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "zh-CN";
  const clarification = (view.facts as { clarification?: { requestedAt: string; deadline: string; message: string } | null }).clarification ?? null;
  const fileKind = (k: string) => (t.has(`fileKinds.${k}` as never) ? t(`fileKinds.${k}` as never) : k);
  // Catalog keys cannot contain dots: "case.replied" is looked up as events.case_replied.
  const eventLabel = (a: string) => {
    const key = `events.${a.replace(/\./g, "_")}`;
    return t.has(key as never) ? t(key as never) : a;
  };
  return (
    <div className="space-y-6">
      <Card>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={view.status} />
          <p>{t.has(`statusHint.${view.status}` as never) ? t(`statusHint.${view.status}` as never) : null}</p>
        </div>
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <Row label={t("trackingNumber")}>
            <span data-testid="tracking-number" className="font-mono">
              {view.trackingNumber}
            </span>
          </Row>
          <Row label={t("receivedAt")}>{formatDate(view.receivedAt, locale)}</Row>
          {view.status === "received" || view.status === "awaiting_clarification" || view.status === "awaiting_fee" ? (
            <Row label={t("dueDate")}>
              <span data-testid="due-date">
                {formatDate(view.dueDate, locale)}
                {view.dueDateProvisional ? t("provisional") : ""}
              </span>
            </Row>
          ) : null}
          <Row label={t("outcome")}>{outcomeLabel(view.outcome, locale)}</Row>
          <Row label={t("reason")}>{reasonLabel(view.reasonCode, locale)}</Row>
          <Row label={t("repliedAt")}>{formatDate(view.repliedAt, locale)}</Row>
          <Row label={t("ending")}>{reasonLabel(view.endingCode, locale)}</Row>
          <Row label={t("endedAt")}>{formatDate(view.endedAt, locale)}</Row>
        </dl>
        {view.dueDateProvisional ? <p className="mt-2 text-sm text-muted">{t("provisionalNote")}</p> : null}
        {actions ? <div className="mt-4">{actions}</div> : null}
      </Card>
      {view.status === "awaiting_clarification" && clarification ? (
        <Card title={tc("title")} className="border-warn">
          <p>{tc("asked", { requestedAt: formatDate(clarification.requestedAt, locale) })}</p>
          <blockquote className="my-3 whitespace-pre-wrap border-l-4 border-warn bg-warn-bg px-4 py-2" data-testid="clarification-message">
            {clarification.message}
          </blockquote>
          <p className="mb-4 font-medium">{tc("deadline", { deadline: formatDate(clarification.deadline, locale) })}</p>
          <ClarificationAnswerForm trackingNumber={view.trackingNumber} version={view.version} />
        </Card>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("information")}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            <Row label={t("infoTitle")}>{view.infoTitle}</Row>
            <Row label={t("infoDocumentNumber")}>{view.infoDocumentNumber}</Row>
            <Row label={t("infoDescription")}>
              <span className="whitespace-pre-wrap">{view.infoDescription}</span>
            </Row>
            <Row label={t("purpose")}>{view.purpose}</Row>
          </dl>
        </Card>
        <Card title={t("applicant")}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            <Row label={t("applicantName")}>
              {view.applicantName}（{t(`applicantTypes.${view.applicantType === "organization" ? "organization" : "natural_person"}`)}）
            </Row>
            <Row label={t("idNumber")}>{view.idNumberMasked}</Row>
            <Row label={t("creditCode")}>{view.creditCodeMasked}</Row>
            <Row label={t("phone")}>{view.phone}</Row>
            <Row label={t("email")}>{view.email}</Row>
          </dl>
        </Card>
      </div>
      <ApplicantDocuments documents={view.documents} />
      <Card title={t("files")}>
        {view.files.length === 0 ? (
          <p className="text-muted">{t("noFiles")}</p>
        ) : (
          <ul className="divide-y divide-line">
            {view.files.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="mr-2 rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{fileKind(f.kind)}</span>
                  {f.fileName}
                  <span className="ml-2 text-sm text-muted">{Math.max(1, Math.round(f.size / 1024))} KB</span>
                </span>
                <a href={fileHref(f.id)} className="text-brand-700 underline underline-offset-4" download>
                  {t("download")}
                  <span className="sr-only"> {f.fileName}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("timeline")}>
        <ol className="space-y-2" data-testid="timeline">
          {view.events.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-4">
              <time className="text-muted" dateTime={new Date(e.at).toISOString()}>
                {formatInstant(e.at, locale)}
              </time>
              <span>{eventLabel(e.action)}</span>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
