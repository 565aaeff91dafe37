import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CellAppealTable, CellCaseTable } from "@/components/statistics/cell-list";
import { pick, scopeHref } from "@/components/statistics/format";
import { resolvePageScope } from "@/components/statistics/page-scope";
import { PrintStyles } from "@/components/statistics/print-styles";
import { getReadDb } from "@/db";
import { cellDefinition } from "@/lib/domain/statistics";
import { requirePageCapability } from "@/lib/server/auth/session";
import { listCellCases } from "@/lib/server/statistics/list-cell-cases";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("statistics.drillDown"))("title") };
}

/** The drill-down: the exact cases (or appeals) behind one number, from the same definition as the count. */
export default async function StatisticsCellPage({ searchParams }: Props) {
  await requirePageCapability("statistics.read", "/supervisor/statistics");
  const params = await searchParams;
  const readDb = await getReadDb();
  const scope = await resolvePageScope(readDb, params);
  const cell = typeof params.cell === "string" ? params.cell : "";
  const def = cellDefinition(cell);
  if (!def) notFound();
  const [list, t] = await Promise.all([
    listCellCases(readDb, { year: scope.year, departmentId: scope.departmentId, cellId: def.id }),
    getTranslations("statistics"),
  ]);
  const l = scope.locale;
  const where = [pick(def.table, l), pick(def.row, l), def.column ? pick(def.column, l) : null].filter(Boolean).join(" · ");
  const scopeText = t("scopeLine", { year: scope.year, scope: scope.department?.name ?? t("scopeForm.wholeAgency") });
  const count = list.items.length;

  return (
    <div className="space-y-6">
      <PrintStyles />
      <Link href={scopeHref("/supervisor/statistics", scope)} className="no-print text-brand-700 underline underline-offset-4">
        {t("drillDown.back")}
      </Link>
      <header className="space-y-2">
        <p className="text-muted">{scopeText}</p>
        <h1 className="text-2xl font-semibold text-brand-800" data-testid="cell-title">
          {where}
        </h1>
        <p className="text-xl font-semibold" data-testid="cell-count">
          {t("drillDown.count", { count })}
        </p>
        <p className="text-muted">{list.subject === "case" ? t("drillDown.lead", { year: scope.year }) : t("drillDown.appealsLead", { year: scope.year })}</p>
      </header>
      {count === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6 text-muted">{t("drillDown.empty")}</p>
      ) : list.subject === "case" ? (
        <CellCaseTable items={list.items} locale={l} caption={where} />
      ) : (
        <CellAppealTable items={list.items} locale={l} caption={where} />
      )}
    </div>
  );
}
