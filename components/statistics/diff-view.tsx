import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CELL_DEFINITIONS, MANUAL_FIGURE_IDS, valueLabel } from "@/lib/domain/statistics";
import type { Locale } from "@/lib/i18n/config";
import type { MovedMember, StatisticsComparison } from "@/lib/server/statistics/compare-statistics";
import { formatValue, pick } from "./format";

// Print order (the tables' own), whatever order the stored snapshot's keys came back in.
const ORDER = new Map([...CELL_DEFINITIONS.map((d) => d.id), ...MANUAL_FIGURE_IDS].map((id, i) => [id, i]));
const byPrintOrder = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (ORDER.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (ORDER.get(b.id) ?? Number.MAX_SAFE_INTEGER));

function where(id: string, locale: Locale): { table: string; place: string } {
  const l = valueLabel(id);
  if (!l) return { table: "", place: id };
  return { table: pick(l.table, locale), place: l.column ? `${pick(l.row, locale)} · ${pick(l.column, locale)}` : pick(l.row, locale) };
}

async function Members({ ids, members, testId }: { ids: string[]; members: Record<string, MovedMember>; testId: string }) {
  const t = await getTranslations("statistics.diff");
  if (ids.length === 0) return <span className="text-muted">—</span>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1" data-testid={testId}>
      {ids.map((id) => {
        const m = members[id];
        return (
          <li key={id}>
            {m ? (
              <Link href={`/staff/cases/${encodeURIComponent(m.trackingNumber)}`} className="text-brand-700 underline underline-offset-4">
                {m.trackingNumber}
                {m.subject === "appeal" ? <span className="text-sm">{t("appealMember")}</span> : null}
              </Link>
            ) : (
              <span className="text-muted">{t("deletedMember")}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Cell by cell: the number before → after, and the cases that moved in and out; then the manual figures that changed. */
export async function DiffView({ comparison, locale }: { comparison: StatisticsComparison; locale: Locale }) {
  const t = await getTranslations("statistics.diff");
  const show = (v: number | null) => (v === null ? "—" : formatValue(v));
  if (!comparison.differs) {
    return (
      <p className="rounded-md border-l-4 border-ok bg-ok-bg px-4 py-3 text-ok" data-testid="diff-none">
        {t("none")}
      </p>
    );
  }
  return (
    <div className="space-y-8">
      {comparison.cells.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full border-collapse text-left" data-testid="diff-cells">
            <caption className="caption-top px-4 py-3 text-left text-lg font-semibold text-brand-800">{t("cellsCaption", { count: comparison.cells.length })}</caption>
            <thead className="bg-brand-50">
              <tr>
                <th scope="col" className="px-3 py-2">{t("table")}</th>
                <th scope="col" className="px-3 py-2">{t("cell")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("before")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("after")}</th>
                <th scope="col" className="px-3 py-2">{t("movedIn")}</th>
                <th scope="col" className="px-3 py-2">{t("movedOut")}</th>
              </tr>
            </thead>
            <tbody>
              {byPrintOrder(comparison.cells).map((d) => {
                const w = where(d.id, locale);
                return (
                  <tr key={d.id} className="border-t border-line align-top" data-testid="diff-row" data-cell={d.id}>
                    <td className="px-3 py-2 text-sm text-muted">{w.table}</td>
                    <th scope="row" className="px-3 py-2 text-left font-normal">{w.place}</th>
                    <td className="px-3 py-2 text-right tabular-nums">{show(d.before)}</td>
                    <td className="px-3 py-2 text-right font-semibold tabular-nums">
                      <span aria-hidden="true">→ </span>
                      {show(d.after)}
                    </td>
                    <td className="px-3 py-2">
                      <Members ids={d.added} members={comparison.members} testId="moved-in" />
                    </td>
                    <td className="px-3 py-2">
                      <Members ids={d.removed} members={comparison.members} testId="moved-out" />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {comparison.manualFigures.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full border-collapse text-left" data-testid="diff-manual">
            <caption className="caption-top px-4 py-3 text-left text-lg font-semibold text-brand-800">{t("manualFigures")}</caption>
            <thead className="bg-brand-50">
              <tr>
                <th scope="col" className="px-3 py-2">{t("table")}</th>
                <th scope="col" className="px-3 py-2">{t("cell")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("before")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("after")}</th>
              </tr>
            </thead>
            <tbody>
              {byPrintOrder(comparison.manualFigures).map((d) => {
                const w = where(d.id, locale);
                return (
                  <tr key={d.id} className="border-t border-line">
                    <td className="px-3 py-2 text-sm text-muted">{w.table}</td>
                    <th scope="row" className="px-3 py-2 text-left font-normal">{w.place}</th>
                    <td className="px-3 py-2 text-right tabular-nums">{show(d.before)}</td>
                    <td className="px-3 py-2 text-right font-semibold tabular-nums">{show(d.after)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
