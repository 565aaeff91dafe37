import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { scopeHref, statisticsYears } from "@/components/statistics/format";
import { ManualFiguresForm } from "@/components/statistics/manual-figures-form";
import { ManualFiguresHistory } from "@/components/statistics/manual-figures-history";
import { resolvePageScope } from "@/components/statistics/page-scope";
import { ScopeForm } from "@/components/statistics/scope-form";
import { getDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { manualFigureValues } from "@/lib/domain/statistics";
import { formatInstant } from "@/lib/i18n/labels";
import { requirePageCapability } from "@/lib/server/auth/session";
import { listManualFigureVersions } from "@/lib/server/statistics/get-manual-figures";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("statistics.manualFigures"))("title") };
}

/** 人工填报数据: the yearly figures that do not come from cases, versioned with who and when. */
export default async function ManualFiguresPage({ searchParams }: Props) {
  const user = await requirePageCapability("statistics.read", "/supervisor/statistics/figures");
  // The form's base version must be the latest: read on the main database, never a lagging replica.
  const db = await getDb();
  const params = await searchParams;
  const scope = await resolvePageScope(db, { year: params.year });
  const [versions, t] = await Promise.all([listManualFigureVersions(db, scope.year), getTranslations("statistics.manualFigures")]);
  const latest = versions[0] ?? null;
  const canEdit = can(user.roles, "statistics.publish");

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-brand-800 sm:text-3xl">{t("titleYear", { year: scope.year })}</h1>
        <p className="text-muted">{t("lead")}</p>
        <p data-testid="manual-figures-current">
          {latest ? t("current", { version: latest.version, name: latest.enteredBy?.name || t("unknownUser"), date: formatInstant(latest.enteredAt, scope.locale) }) : t("none")}
        </p>
        <Link href={scopeHref("/supervisor/statistics", { year: scope.year, departmentId: null })} className="no-print text-brand-700 underline underline-offset-4">
          {t("back", { year: scope.year })}
        </Link>
      </header>

      <ScopeForm action="/supervisor/statistics/figures" scope={scope} years={statisticsYears(scope.currentYear)} />

      {canEdit ? (
        <ManualFiguresForm key={scope.year} year={scope.year} expectedVersion={latest?.version ?? null} values={manualFigureValues(latest?.figures ?? null)} />
      ) : null}

      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-xl font-semibold text-brand-800">
          {t("history")}
        </h2>
        <ManualFiguresHistory versions={versions} locale={scope.locale} />
      </section>
    </div>
  );
}
