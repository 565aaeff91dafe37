import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/request/print-button";
import { pick, scopeHref, statisticsYears } from "@/components/statistics/format";
import { makeStatContext } from "@/components/statistics/make-context";
import { resolvePageScope } from "@/components/statistics/page-scope";
import { PROSE_SECTIONS, ReportProse } from "@/components/statistics/report-prose";
import { ReportProseForm } from "@/components/statistics/report-prose-form";
import { ScopeForm } from "@/components/statistics/scope-form";
import { Table2021Appeals } from "@/components/statistics/table-2021-appeals";
import { Table2021Proactive } from "@/components/statistics/table-2021-proactive";
import { Table2021Requests } from "@/components/statistics/table-2021-requests";
import { getDb, getReadDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { TABLE_TITLES } from "@/lib/domain/statistics";
import { formatInstant } from "@/lib/i18n/labels";
import { requirePageCapability } from "@/lib/server/auth/session";
import { computeAnnualStatistics } from "@/lib/server/statistics/compute-annual-statistics";
import { exportHeading } from "@/lib/server/statistics/export-heading";
import { getPublishedStatistics, listPublications } from "@/lib/server/statistics/get-published-statistics";
import { getReportProse } from "@/lib/server/statistics/get-report-prose";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("statistics.report"))("pageTitle") };
}

// Only the report is printed, on A4: the site header, footer and every screen control are left out.
const PRINT_CSS =
  "@media print{@page{size:A4;margin:25mm 20mm 22mm 20mm}body>header,body>footer{display:none!important}main{padding:0!important;max-width:none!important}a{color:inherit!important;text-decoration:none!important}}";

/**
 * 政府信息公开工作年度报告 (2021 format sections 一 to 六) on an A4 sheet: the editable prose and the official
 * tables — from the latest publication when there is one (the frozen figures), else live. Printing, or "save as
 * PDF" in the print dialog, gives the report alone.
 */
export default async function AnnualReportPage({ searchParams }: Props) {
  const user = await requirePageCapability("statistics.read", "/supervisor/statistics/report");
  const params = await searchParams;
  const db = await getDb();
  const readDb = await getReadDb();
  const scope = await resolvePageScope(db, params);
  const statsScope = { year: scope.year, departmentId: scope.departmentId };
  const wantLive = params.source === "live";
  const [publications, prose, t] = await Promise.all([listPublications(db, statsScope), getReportProse(db, scope.year), getTranslations("statistics")]);
  const published = !wantLive && publications.length > 0 ? await getPublishedStatistics(db, statsScope) : null;
  const live = published ? null : await computeAnnualStatistics(readDb, statsScope);
  const values = published ? published.snapshot.values : live!.values;
  const checks = published ? published.snapshot.checks : live!.checks;
  const heading = await exportHeading(readDb, { departmentName: scope.department?.name ?? null, published: published ? { version: published.version, publishedAt: published.publishedAt } : null });
  const ctx = await makeStatContext(scope, values, checks, { links: false, report: true });
  const failed = checks.filter((c) => !c.ok).length;
  const text = { overview: prose?.overview ?? "", problems: prose?.problems ?? "", other: prose?.other ?? "" };
  const canEdit = can(user.roles, "statistics.publish");
  const sectionTitle = (key: (typeof PROSE_SECTIONS)[number]) => t(`report.sections.${key}`);

  return (
    <div className="space-y-6 print:space-y-0">
      <style>{PRINT_CSS}</style>
      <div className="no-print space-y-4">
        <Link href={scopeHref("/supervisor/statistics", scope)} className="text-brand-700 underline underline-offset-4">
          {t("drillDown.back")}
        </Link>
        <h1 className="text-2xl font-semibold text-brand-800 sm:text-3xl">{t("report.pageTitle")}</h1>
        <ScopeForm action="/supervisor/statistics/report" scope={scope} years={statisticsYears(scope.currentYear)} keep={scope.departmentId ? { department: scope.departmentId } : {}} />
        <div className="flex flex-wrap items-center gap-3">
          <PrintButton label={t("report.print")} />
          {published ? (
            <Link href={scopeHref("/supervisor/statistics/report", scope, { source: "live" })} className="text-brand-700 underline underline-offset-4">
              {t("report.useLive")}
            </Link>
          ) : publications.length > 0 ? (
            <Link href={scopeHref("/supervisor/statistics/report", scope)} className="text-brand-700 underline underline-offset-4">
              {t("report.usePublished")}
            </Link>
          ) : null}
        </div>
        <p className="text-sm text-muted">{t("report.printHint")}</p>
        {canEdit ? (
          <details className="rounded-lg border border-line bg-white p-5" data-testid="report-prose-editor">
            <summary className="cursor-pointer text-lg font-semibold text-brand-700">{t("report.edit")}</summary>
            <p className="mt-2 text-sm text-muted">
              {prose
                ? t("report.lastSaved", { version: prose.version, name: prose.savedBy?.name || t("publish.unknownUser"), date: formatInstant(prose.savedAt, scope.locale) })
                : t("report.neverSaved")}
            </p>
            <div className="mt-4">
              <ReportProseForm key={scope.year} year={scope.year} expectedVersion={prose?.version ?? null} prose={text} />
            </div>
          </details>
        ) : null}
      </div>

      <article
        aria-labelledby="report-title"
        className="mx-auto max-w-[210mm] space-y-6 bg-white px-[18mm] py-[20mm] font-serif text-[17px] leading-[1.9] shadow-md print:max-w-none print:space-y-4 print:p-0 print:text-[12pt] print:leading-[1.75] print:shadow-none"
        data-testid="annual-report"
      >
        <header className="space-y-2 text-center">
          <h2 id="report-title" className="font-sans text-[22px] font-bold leading-snug print:text-[18pt]">
            {t("report.documentTitle", { agency: heading.agencyName, year: scope.year })}
          </h2>
          {scope.department ? <p className="font-sans">{t("scopeLine", { year: scope.year, scope: scope.department.name })}</p> : null}
          <p className="font-sans text-sm text-muted print:text-[9pt] print:text-ink" data-testid="report-source">
            {published
              ? t("report.sourcePublished", { version: published.version, date: formatInstant(published.publishedAt, scope.locale) })
              : t("report.sourceLive", { date: formatInstant(new Date(), scope.locale) })}
          </p>
        </header>
        {failed > 0 ? (
          <p className="rounded-md border-2 border-danger bg-danger-bg px-4 py-2 font-sans text-danger print:border-ink print:bg-white print:text-ink" data-testid="report-checks-failed">
            {t("report.checksFailed", { count: failed })}
          </p>
        ) : null}
        <p className="indent-[2em]">{t("report.intro", { agency: heading.agencyName, year: scope.year })}</p>

        <section aria-labelledby="report-s1" className="space-y-2">
          <h3 id="report-s1" className="font-sans text-[18px] font-bold print:break-after-avoid print:text-[14pt]">{sectionTitle("overview")}</h3>
          <ReportProse text={text.overview} empty={t("report.empty")} />
        </section>
        <section aria-labelledby="report-s2" className="space-y-2 print:break-inside-avoid">
          <h3 id="report-s2" className="font-sans text-[18px] font-bold print:break-after-avoid print:text-[14pt]">{pick(TABLE_TITLES.format2021.table2, scope.locale)}</h3>
          <div className="font-sans">
            <Table2021Proactive ctx={ctx} />
          </div>
        </section>
        <section aria-labelledby="report-s3" className="space-y-2">
          <h3 id="report-s3" className="font-sans text-[18px] font-bold print:break-after-avoid print:text-[14pt] print:break-before-page">{pick(TABLE_TITLES.format2021.table3, scope.locale)}</h3>
          <div className="font-sans">
            <Table2021Requests ctx={ctx} />
          </div>
        </section>
        <section aria-labelledby="report-s4" className="space-y-2 print:break-inside-avoid">
          <h3 id="report-s4" className="font-sans text-[18px] font-bold print:break-after-avoid print:text-[14pt]">{pick(TABLE_TITLES.format2021.table4, scope.locale)}</h3>
          <div className="font-sans">
            <Table2021Appeals ctx={ctx} />
          </div>
        </section>
        {PROSE_SECTIONS.filter((s) => s !== "overview").map((s, i) => (
          <section key={s} aria-labelledby={`report-s${5 + i}`} className="space-y-2">
            <h3 id={`report-s${5 + i}`} className="font-sans text-[18px] font-bold print:break-after-avoid print:text-[14pt]">
              {sectionTitle(s)}
            </h3>
            <ReportProse text={text[s]} empty={t("report.empty")} />
          </section>
        ))}
      </article>
    </div>
  );
}
