import { CELL_DEFINITIONS } from "./cells";
import type { CheckResult } from "./checks";
import type { Table3Column, Table3Row } from "./layout";
import { MANUAL_FIGURE_IDS } from "./manual-figures";

/** The JSON report of GET /api/v1/statistics/{year} (issue 5's contract). Manual values are null until entered. */
type M = number | null;
type Issued = { issued: M; repealed: M; inForce: M };
type Results = { upheld: number; corrected: number; other: number; pending: number; total: number };

export type StatisticsReport = {
  year: number;
  format2011: {
    table1: { proactiveItems: M; proactiveItemsFullText: M; newNormativeDocuments: M };
    table2: {
      catalogueEntries: number;
      applications: { total: number; inPerson: number; fax: number; email: number; online: number; letter: number; other: number };
      replies: {
        total: number;
        disclosed: number;
        partiallyDisclosed: number;
        refused: number;
        notExist: number;
        notThisAgency: number;
        unclear: number;
      };
    };
    table3: { onlineConsultations: M; onSiteVisitors: M; pageVisits: M };
    table4: { reconsiderations: number; lawsuits: number; complaints: number; complaintsAfterFirstHandling: number };
  };
  format2021: {
    table2: {
      rules: Issued;
      normativeDocuments: Issued;
      licensing: { decisions: M };
      penalties: { decisions: M };
      coercion: { decisions: M };
      fees: { amount: M };
    };
    table3: Record<Table3Row, Record<Table3Column, number>>;
    table4: { reconsideration: Results; litigationDirect: Results; litigationAfterReconsideration: Results };
  };
  checks: ReportCheck[];
};

export type ReportCheck = { rule: string; ok: boolean; numbers: Record<string, number | null> };

const TABLE_ORDER = [
  "format2011/table1/",
  "format2011/table2/",
  "format2011/table3/",
  "format2011/table4/",
  "format2021/table2/",
  "format2021/table3/",
  "format2021/table4/",
];
const tableRank = (id: string) => TABLE_ORDER.findIndex((prefix) => id.startsWith(prefix));

/** Ids of every value printed in the report (case, appeal and manual), in print order; auxiliary cells excluded. */
export const REPORT_VALUE_IDS: readonly string[] = [...CELL_DEFINITIONS.map((d) => d.id), ...MANUAL_FIGURE_IDS]
  .filter((id) => tableRank(id) >= 0)
  .sort((a, b) => tableRank(a) - tableRank(b));

function setPath(target: Record<string, unknown>, path: readonly string[], value: number | null): void {
  let cur = target;
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      cur[segment] = value;
      return;
    }
    cur[segment] ??= {};
    cur = cur[segment] as Record<string, unknown>;
  });
}

/** Nests the flat values (by id) into the report; a missing case value is 0, a missing manual one null. */
export function buildStatisticsReport(year: number, values: Readonly<Record<string, number | null | undefined>>, checks: readonly CheckResult[]): StatisticsReport {
  const manual = new Set(MANUAL_FIGURE_IDS);
  const out: Record<string, unknown> = { year, format2011: {}, format2021: {} };
  for (const id of REPORT_VALUE_IDS) {
    const v = values[id];
    setPath(out, id.split("/"), v ?? (manual.has(id) ? null : 0));
  }
  out.checks = checks.map((c) => ({ rule: c.rule, ok: c.ok, numbers: c.numbers }));
  return out as StatisticsReport;
}

/** The inverse: the report's values by id (for diffs between a frozen report and a live one). */
export function reportValues(report: StatisticsReport): Record<string, number | null> {
  return Object.fromEntries(
    REPORT_VALUE_IDS.map((id) => {
      let cur: unknown = report;
      for (const segment of id.split("/")) cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[segment] : undefined;
      return [id, typeof cur === "number" ? cur : null];
    }),
  );
}
