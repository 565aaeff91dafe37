import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/request-view/status-badge";
import type { WorkCalendar } from "@/lib/domain/calendar";
import { isLocale, type Locale } from "@/lib/i18n/config";
import type { CaseListItem } from "@/lib/server/cases/list-cases";
import { DeadlineMarker } from "./deadline-marker";
import { deadlineState } from "./deadline-state";
import { formatShortDate } from "./format";

/** The queue's rows: who asked for what, when it is due (with an unmistakable marker), where it stands. */
export async function QueueTable({ items, cal, today }: { items: CaseListItem[]; cal: WorkCalendar; today: string }) {
  const [t, r, ch, rawLocale] = await Promise.all([getTranslations("queue"), getTranslations("requests"), getTranslations("case.channels"), getLocale()]);
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "zh-CN";
  const channel = (c: string) => (ch.has(c as never) ? ch(c as never) : c);
  const th = "px-2.5 py-2 align-bottom font-semibold";
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full text-left" data-testid="queue-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-brand-50 text-brand-800">
          <tr>
            <th scope="col" className={th}>{t("columns.trackingNumber")}</th>
            <th scope="col" className={th}>{t("columns.applicant")}</th>
            <th scope="col" className={th}>{t("columns.information")}</th>
            <th scope="col" className={th}>{t("columns.receivedAt")}</th>
            <th scope="col" className={th}>{t("columns.dueDate")}</th>
            <th scope="col" className={th}>{t("columns.status")}</th>
            <th scope="col" className={th}>{t("columns.assignee")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((row) => {
            const state = deadlineState(cal, row.status, row.dueDate, today);
            return (
              <tr key={row.trackingNumber} data-testid="queue-row" className={state.kind === "overdue" ? "border-t border-line border-l-4 border-l-danger" : "border-t border-line"}>
                <td className="px-2.5 py-3 align-top font-mono whitespace-nowrap">
                  <Link href={`/staff/cases/${row.trackingNumber}`} className="text-brand-700 underline underline-offset-4">
                    {row.trackingNumber}
                  </Link>
                </td>
                <td className="px-2.5 py-3 align-top">
                  <div className="min-w-24">{row.applicantName}</div>
                  {row.idNumberMasked ? <div className="font-mono text-sm text-muted">{row.idNumberMasked}</div> : null}
                </td>
                <td className="max-w-56 px-2.5 py-3 align-top">
                  <p className="line-clamp-2 break-words">{row.infoTitle || row.infoSnippet}</p>
                </td>
                <td className="px-2.5 py-3 align-top whitespace-nowrap">
                  <div>{formatShortDate(row.receivedAt, locale)}</div>
                  <div className="text-sm text-muted">{channel(row.channel)}</div>
                </td>
                <td className="px-2.5 py-3 align-top">
                  {row.dueDate ? (
                    <div className="whitespace-nowrap">
                      {formatShortDate(row.dueDate, locale)}
                      {row.dueDateProvisional ? r("provisional") : ""}
                    </div>
                  ) : null}
                  <DeadlineMarker state={state} />
                </td>
                <td className="px-2.5 py-3 align-top">
                  <StatusBadge status={row.status} />
                </td>
                <td className="px-2.5 py-3 align-top">
                  <div className={row.assigneeName ? "" : "text-muted"}>{row.assigneeName ?? t("unassigned")}</div>
                  {row.departmentName ? <div className="text-sm text-muted">{row.departmentName}</div> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
