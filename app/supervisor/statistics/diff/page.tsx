import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DiffView } from "@/components/statistics/diff-view";
import { scopeHref } from "@/components/statistics/format";
import { resolvePageScope } from "@/components/statistics/page-scope";
import { PrintStyles } from "@/components/statistics/print-styles";
import { getDb } from "@/db";
import { formatInstant } from "@/lib/i18n/labels";
import { requirePageCapability } from "@/lib/server/auth/session";
import { compareLiveWithPublished, comparePublishedVersions } from "@/lib/server/statistics/compare-statistics";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("statistics.diff"))("title") };
}

/**
 * 变动明细: the live figures against the latest publication (default), or ?version=N against N-1 — cell by cell,
 * old → new, with the cases that moved in and out.
 */
export default async function StatisticsDiffPage({ searchParams }: Props) {
  await requirePageCapability("statistics.read", "/supervisor/statistics");
  const params = await searchParams;
  // Publications are read on the main database (a replica might not have the newest one).
  const db = await getDb();
  const scope = await resolvePageScope(db, params);
  const rawVersion = typeof params.version === "string" ? params.version : undefined;
  const version = rawVersion === undefined ? null : /^[1-9]\d{0,5}$/.test(rawVersion) ? Number(rawVersion) : NaN;
  if (Number.isNaN(version)) notFound();
  const statsScope = { year: scope.year, departmentId: scope.departmentId };
  const [comparison, t] = await Promise.all([
    version === null ? compareLiveWithPublished(db, statsScope) : comparePublishedVersions(db, { ...statsScope, version }),
    getTranslations("statistics"),
  ]);
  if (version !== null && !comparison) notFound();
  const scopeText = t("scopeLine", { year: scope.year, scope: scope.department?.name ?? t("scopeForm.wholeAgency") });
  const who = (name: string | undefined) => name || t("publish.unknownUser");

  return (
    <div className="space-y-6">
      <PrintStyles />
      <Link href={scopeHref("/supervisor/statistics", scope)} className="no-print text-brand-700 underline underline-offset-4">
        {t("drillDown.back")}
      </Link>
      <header className="space-y-2">
        <p className="text-muted">{scopeText}</p>
        <h1 className="text-2xl font-semibold text-brand-800 sm:text-3xl">
          {!comparison
            ? t("diff.title")
            : comparison.after
              ? t("diff.versionsTitle", { version: comparison.after.version, previous: comparison.before.version })
              : t("diff.liveTitle", { version: comparison.before.version })}
        </h1>
        {comparison ? (
          <p className="text-muted">
            {t("diff.beforeLine", { version: comparison.before.version, date: formatInstant(comparison.before.publishedAt, scope.locale), name: who(comparison.before.publishedBy?.name) })}
            {comparison.after
              ? ` ${t("diff.afterLine", { version: comparison.after.version, date: formatInstant(comparison.after.publishedAt, scope.locale), name: who(comparison.after.publishedBy?.name) })}`
              : ` ${t("diff.afterLive")}`}
          </p>
        ) : null}
      </header>
      {comparison ? <DiffView comparison={comparison} locale={scope.locale} /> : <p className="rounded-lg border border-line bg-white p-6 text-muted">{t("diff.noPublication")}</p>}
    </div>
  );
}
