import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/i18n/labels";
import { listCaseAppeals } from "@/lib/server/appeals/list-case-appeals";
import { AppealForm } from "./appeals-forms";
import { formatShortDate } from "./format";

type Props = { trackingNumber: string; today: string; locale: Locale; canManage: boolean };

/**
 * 复议、诉讼和申诉 about this case (domain.md §6): each with its kind, dates and result (they feed 附表4 and the
 * 2021 table 四), and for those who may, forms to register one and to record a decision.
 */
export async function AppealsPanel({ trackingNumber, today, locale, canManage }: Props) {
  const [appeals, t] = await Promise.all([listCaseAppeals(await getDb(), trackingNumber), getTranslations("appeals")]);
  return (
    <Card title={t("title")}>
      <div className="space-y-4" data-testid="appeals-panel">
        {appeals.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <ul className="space-y-3">
            {appeals.map((a) => {
              const decided = a.result !== "pending";
              return (
                <li key={a.id} className="rounded-md border border-line p-4" data-testid="appeal-item" data-kind={a.kind} data-result={a.result}>
                  <p className="flex flex-wrap items-baseline gap-x-3">
                    <span className="font-semibold">{t(`kind.${a.kind}`)}</span>
                    <span className={`rounded-full px-3 py-0.5 text-sm font-medium ${decided ? "bg-brand-50 text-brand-800" : "bg-warn-bg text-warn"}`}>{t(`result.${a.result}`)}</span>
                  </p>
                  <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-[15px]">
                    <dt className="text-muted">{t("fields.filedAt")}</dt>
                    <dd>{formatShortDate(a.filedAt, locale)}</dd>
                    <dt className="text-muted">{t("fields.closedAt")}</dt>
                    <dd>{a.closedAt ? formatShortDate(a.closedAt, locale) : "—"}</dd>
                    {a.kind === "complaint" ? (
                      <>
                        <dt className="text-muted">{t("fields.afterUnsatisfactoryFirstHandlingShort")}</dt>
                        <dd>{a.afterUnsatisfactoryFirstHandling ? t("yes") : t("no")}</dd>
                      </>
                    ) : null}
                    {a.note ? (
                      <>
                        <dt className="text-muted">{t("fields.note")}</dt>
                        <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{a.note}</dd>
                      </>
                    ) : null}
                  </dl>
                  <p className="mt-1 text-sm text-muted">{t("recorded", { date: formatInstant(a.updatedAt, locale) })}</p>
                  {canManage ? (
                    <details className="mt-3">
                      <summary className="cursor-pointer font-medium text-brand-700">{t("edit")}</summary>
                      <div className="mt-3">
                        <AppealForm
                          trackingNumber={trackingNumber}
                          today={today}
                          existing={{
                            id: a.id,
                            version: a.version,
                            values: { kind: a.kind, filedAt: a.filedAt, result: a.result, closedAt: a.closedAt, afterUnsatisfactoryFirstHandling: a.afterUnsatisfactoryFirstHandling, note: a.note },
                          }}
                        />
                      </div>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {canManage ? (
          <details className="rounded-md border border-dashed border-brand-600 p-4" data-testid="appeal-add">
            <summary className="cursor-pointer font-medium text-brand-700">{t("add")}</summary>
            <div className="mt-3">
              <AppealForm trackingNumber={trackingNumber} today={today} />
            </div>
          </details>
        ) : null}
      </div>
    </Card>
  );
}
