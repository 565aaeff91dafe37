import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChecksBanner, ChecksList } from "@/components/statistics/checks-panel";
import { Downloads } from "@/components/statistics/downloads";
import { pick, scopeHref, statisticsYears } from "@/components/statistics/format";
import { makeStatContext } from "@/components/statistics/make-context";
import { resolvePageScope } from "@/components/statistics/page-scope";
import { PrintStyles } from "@/components/statistics/print-styles";
import { PublishPanel } from "@/components/statistics/publish-panel";
import { ScopeForm } from "@/components/statistics/scope-form";
import { Table2021Appeals } from "@/components/statistics/table-2021-appeals";
import { Table2021Proactive } from "@/components/statistics/table-2021-proactive";
import { Table2021Requests } from "@/components/statistics/table-2021-requests";
import { Tables2011 } from "@/components/statistics/tables-2011";
import { getDb, getReadDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { diffValues, FORMAT_TITLES } from "@/lib/domain/statistics";
import { formatInstant } from "@/lib/i18n/labels";
import { requirePageCapability } from "@/lib/server/auth/session";
import { listDepartments } from "@/lib/server/organization/list-departments";
import { computeAnnualStatistics } from "@/lib/server/statistics/compute-annual-statistics";
import { getManualFigures } from "@/lib/server/statistics/get-manual-figures";
import { getPublishedValues, listPublications } from "@/lib/server/statistics/get-published-statistics";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("statistics"))("title") };
}

/** 年度统计: both official formats for a year and a scope, every case number a link, the checks, publishing, downloads. */
export default async function StatisticsYearPage({ searchParams }: Props) {
  const user = await requirePageCapability("statistics.read", "/supervisor/statistics");
  const readDb = await getReadDb();
  const db = await getDb();
  const scope = await resolvePageScope(readDb, await searchParams);
  const statsScope = { year: scope.year, departmentId: scope.departmentId };
  const [stats, departments, publications, published, manual, t] = await Promise.all([
    computeAnnualStatistics(readDb, statsScope),
    listDepartments(db),
    // Publications are read on the main database: a replica might not have the one just made.
    listPublications(db, statsScope),
    getPublishedValues(db, statsScope),
    scope.departmentId === null ? getManualFigures(readDb, scope.year) : Promise.resolve(null),
    getTranslations("statistics"),
  ]);
  const ctx = await makeStatContext(scope, stats.values, stats.checks, { links: true });
  const failed = stats.checks.filter((c) => !c.ok).length;
  const differences = published ? diffValues(published.values, stats.values).length : 0;
  const scopeName = scope.department?.name ?? t("scopeForm.wholeAgency");
  const scopeText = t("scopeLine", { year: scope.year, scope: scopeName });

  return (
    <div className="space-y-8">
      <PrintStyles />
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-brand-800 sm:text-3xl">{t("title")}</h1>
        <p className="text-lg font-medium" data-testid="scope-line">
          {scopeText}
          <span className="ml-3 rounded-full bg-brand-50 px-3 py-0.5 text-base text-brand-800">{t("live")}</span>
        </p>
        <p className="text-muted">{t("lead")}</p>
      </header>

      <ChecksBanner checks={stats.checks} ctx={ctx} />

      <ScopeForm action="/supervisor/statistics" scope={scope} years={statisticsYears(scope.currentYear)} departments={departments} />

      <div className="grid gap-6 lg:grid-cols-2">
        <PublishPanel
          scope={scope}
          locale={scope.locale}
          publications={publications}
          differences={differences}
          canPublish={can(user.roles, "statistics.publish")}
          blockedReason={failed > 0 ? t("publish.blockedByChecks", { count: failed }) : null}
          scopeText={scopeText}
        />
        <Downloads scope={scope} publishedVersion={publications[0]?.version ?? null} />
      </div>

      <nav aria-label={t("jump.label")} className="no-print flex flex-wrap gap-x-6 gap-y-2">
        <a href="#format2011" className="text-brand-700 underline underline-offset-4">
          {pick(FORMAT_TITLES.format2011, scope.locale)}
        </a>
        <a href="#format2021" className="text-brand-700 underline underline-offset-4">
          {pick(FORMAT_TITLES.format2021, scope.locale)}
        </a>
        <a href="#checks" className="text-brand-700 underline underline-offset-4">
          {t("checks.title")}
        </a>
      </nav>

      <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-brand-800" data-testid="manual-figures-note">
        {scope.departmentId !== null
          ? t("manualFigures.departmentNote")
          : manual
            ? t("manualFigures.current", { version: manual.version, name: manual.enteredBy?.name || t("publish.unknownUser"), date: formatInstant(manual.enteredAt, scope.locale) })
            : t("manualFigures.none")}{" "}
        <Link href={scopeHref("/supervisor/statistics/figures", { year: scope.year, departmentId: null })} className="font-medium underline underline-offset-4">
          {t("manualFigures.edit")}
        </Link>
      </p>

      <section aria-labelledby="format2011" className="space-y-4">
        <h2 id="format2011" className="text-2xl font-semibold text-brand-800">
          {pick(FORMAT_TITLES.format2011, scope.locale)}
        </h2>
        <Tables2011 ctx={ctx} />
      </section>

      <section aria-labelledby="format2021" className="space-y-6">
        <h2 id="format2021" className="text-2xl font-semibold text-brand-800">
          {pick(FORMAT_TITLES.format2021, scope.locale)}
        </h2>
        <Table2021Proactive ctx={ctx} />
        <Table2021Requests ctx={ctx} />
        <Table2021Appeals ctx={ctx} />
      </section>

      <ChecksList checks={stats.checks} ctx={ctx} />
    </div>
  );
}
