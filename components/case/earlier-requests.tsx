import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/request-view/status-badge";
import { Card } from "@/components/ui/card";
import { addCalendarDays } from "@/lib/domain/calendar";
import type { Locale } from "@/lib/i18n/config";
import { outcomeLabel } from "@/lib/i18n/labels";
import type { StaffCase } from "@/lib/server/cases/get-case";
import { formatShortDate } from "./format";

/** The applicant's other requests, to judge 重复申请 (5.2) and 大量反复申请 (5.4). */
export async function EarlierRequests({ earlier, today, locale }: { earlier: StaffCase["earlier"]; today: string; locale: Locale }) {
  const [t, r] = await Promise.all([getTranslations("case"), getTranslations("requests")]);
  const yearAgo = addCalendarDays(today, -365);
  const recent = earlier.filter((e) => e.receivedAt > yearAgo).length;
  const th = "px-3 py-2 font-semibold whitespace-nowrap";
  return (
    <Card title={t("sections.earlier")}>
      <p className="mb-3 text-sm text-muted">{t("earlier.lead")}</p>
      {earlier.length === 0 ? (
        <p className="text-muted">{t("earlier.none")}</p>
      ) : (
        <>
          <p className="mb-3 font-medium" data-testid="earlier-summary">
            {t("earlier.summary", { total: earlier.length, recent })}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">{t("earlier.caption")}</caption>
              <thead className="bg-brand-50 text-brand-800">
                <tr>
                  <th scope="col" className={th}>{r("trackingNumber")}</th>
                  <th scope="col" className={th}>{r("receivedAt")}</th>
                  <th scope="col" className={th}>{r("information")}</th>
                  <th scope="col" className={th}>{t("fields.status")}</th>
                </tr>
              </thead>
              <tbody>
                {earlier.map((e) => (
                  <tr key={e.trackingNumber} className="border-t border-line">
                    <td className="px-3 py-2 align-top font-mono whitespace-nowrap">
                      <Link href={`/staff/cases/${e.trackingNumber}`} className="text-brand-700 underline underline-offset-4">
                        {e.trackingNumber}
                      </Link>
                    </td>
                    <td className="px-3 py-2 align-top whitespace-nowrap">{formatShortDate(e.receivedAt, locale)}</td>
                    <td className="px-3 py-2 align-top">
                      <p className="line-clamp-2">{e.infoTitle || e.infoDescription}</p>
                    </td>
                    <td className="px-3 py-2 align-top">{outcomeLabel(e.outcome, locale) ?? <StatusBadge status={e.status} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}
