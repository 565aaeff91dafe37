import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatShortDate } from "@/components/case/format";
import { APPEAL_KIND_LABELS, APPEAL_RESULT_LABELS, type AppealKind, type AppealResult, TABLE3_COLUMN_LABELS } from "@/lib/domain/statistics";
import type { Locale } from "@/lib/i18n/config";
import { outcomeLabel, reasonLabel } from "@/lib/i18n/labels";
import type { CellAppealItem, CellCaseItem } from "@/lib/server/statistics/list-cell-cases";
import { pick } from "./format";

const TD = "border-t border-line px-3 py-2 align-top";
const TH = "whitespace-nowrap px-3 py-2 text-left font-semibold";

function caseLink(trackingNumber: string) {
  return (
    <Link href={`/staff/cases/${encodeURIComponent(trackingNumber)}`} className="font-medium text-brand-700 underline underline-offset-4" data-testid="cell-case-link">
      {trackingNumber}
    </Link>
  );
}

/** The cases behind a number, one row each, linked to the case page. */
export async function CellCaseTable({ items, locale, caption }: { items: CellCaseItem[]; locale: Locale; caption: string }) {
  const [t, ch, st] = await Promise.all([getTranslations("statistics.drillDown"), getTranslations("case.channels"), getTranslations("requests.status")]);
  const channel = (c: string) => (ch.has(c as never) ? ch(c as never) : c);
  const status = (s: string) => (st.has(s as never) ? st(s as never) : s);
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full border-collapse text-left" data-testid="cell-cases">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className={TH}>{t("columns.trackingNumber")}</th>
            <th scope="col" className={TH}>{t("columns.receivedAt")}</th>
            <th scope="col" className={TH}>{t("columns.channel")}</th>
            <th scope="col" className={TH}>{t("columns.applicant")}</th>
            <th scope="col" className={TH}>{t("columns.status")}</th>
            <th scope="col" className={TH}>{t("columns.handledAt")}</th>
            <th scope="col" className={TH}>{t("columns.result")}</th>
            <th scope="col" className={TH}>{t("columns.information")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => {
            const handled = c.repliedAt ?? c.endedAt;
            const result = c.outcome ? [outcomeLabel(c.outcome, locale), reasonLabel(c.reasonCode, locale)].filter(Boolean).join(" · ") : reasonLabel(c.endingCode, locale);
            return (
              <tr key={c.caseId} data-testid="cell-case-row">
                <th scope="row" className={`${TD} whitespace-nowrap font-normal`}>{caseLink(c.trackingNumber)}</th>
                <td className={`${TD} whitespace-nowrap`}>{formatShortDate(c.receivedAt, locale)}</td>
                <td className={`${TD} whitespace-nowrap`}>{channel(c.channel)}</td>
                <td className={`${TD} whitespace-nowrap`}>{c.applicantColumn ? pick(TABLE3_COLUMN_LABELS[c.applicantColumn], locale) : "—"}</td>
                <td className={`${TD} whitespace-nowrap`}>{status(c.status)}</td>
                <td className={`${TD} whitespace-nowrap`}>{handled ? formatShortDate(handled, locale) : <span className="text-muted">{t("open")}</span>}</td>
                <td className={TD}>{result ?? <span className="text-muted">—</span>}</td>
                <td className={`${TD} max-w-xs [overflow-wrap:anywhere]`}>{c.infoTitle ?? <span className="text-muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The appeals behind an appeal number (附表4, table 四), each with its case. */
export async function CellAppealTable({ items, locale, caption }: { items: CellAppealItem[]; locale: Locale; caption: string }) {
  const t = await getTranslations("statistics.drillDown");
  const kind = (k: string) => (k in APPEAL_KIND_LABELS ? pick(APPEAL_KIND_LABELS[k as AppealKind], locale) : k);
  const result = (r: string) => (r in APPEAL_RESULT_LABELS ? pick(APPEAL_RESULT_LABELS[r as AppealResult], locale) : r);
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full border-collapse text-left" data-testid="cell-appeals">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className={TH}>{t("columns.trackingNumber")}</th>
            <th scope="col" className={TH}>{t("columns.kind")}</th>
            <th scope="col" className={TH}>{t("columns.filedAt")}</th>
            <th scope="col" className={TH}>{t("columns.resultAtYearEnd")}</th>
            <th scope="col" className={TH}>{t("columns.resultNow")}</th>
            <th scope="col" className={TH}>{t("columns.closedAt")}</th>
            <th scope="col" className={TH}>{t("columns.afterFirstHandling")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.appealId} data-testid="cell-case-row">
              <th scope="row" className={`${TD} whitespace-nowrap font-normal`}>{caseLink(a.trackingNumber)}</th>
              <td className={TD}>{kind(a.kind)}</td>
              <td className={`${TD} whitespace-nowrap`}>{formatShortDate(a.filedAt, locale)}</td>
              <td className={TD}>{result(a.resultAtYearEnd)}</td>
              <td className={TD}>{result(a.result)}</td>
              <td className={`${TD} whitespace-nowrap`}>{a.closedAt ? formatShortDate(a.closedAt, locale) : "—"}</td>
              <td className={TD}>{a.afterFirstHandling ? t("yes") : t("no")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
