import { cellId, TABLE_2011_1_ROWS, TABLE_2011_3_ROWS, TABLE_2021_2_BLOCKS } from "./layout";

/**
 * The yearly numbers that do not come from cases (domain.md §5): entered by a supervisor, versioned. The
 * shape is the report's own (附表1, 附表3, 2021 表二), so a saved version drops straight into the report.
 * Counts are whole numbers; the fee amount is in 万元 and may have decimals.
 */
export type IssuedFigures = { issued: number; repealed: number; inForce: number };
export type DecisionFigures = { decisions: number };

export type ManualFigures = {
  format2011: {
    table1: { proactiveItems: number; proactiveItemsFullText: number; newNormativeDocuments: number };
    table3: { onlineConsultations: number; onSiteVisitors: number; pageVisits: number };
  };
  format2021: {
    table2: {
      rules: IssuedFigures;
      normativeDocuments: IssuedFigures;
      licensing: DecisionFigures;
      penalties: DecisionFigures;
      coercion: DecisionFigures;
      fees: { amount: number };
    };
  };
};

/** The id of every manual value, in print order ("format2021/table2/rules/issued" …). */
export const MANUAL_FIGURE_IDS: readonly string[] = [
  ...TABLE_2011_1_ROWS.map((r) => r.id),
  ...TABLE_2011_3_ROWS.map((r) => r.id),
  ...TABLE_2021_2_BLOCKS.flatMap((b) => b.rows.flatMap((r) => b.columns.map((c) => cellId("format2021/table2", r.key, c.key)))),
];

/** The one manual value that is an amount (万元) rather than a count. */
export const MANUAL_DECIMAL_IDS: ReadonlySet<string> = new Set(["format2021/table2/fees/amount"]);

function readPath(obj: unknown, path: readonly string[]): number | null {
  let cur: unknown = obj;
  for (const segment of path) {
    if (cur === null || typeof cur !== "object") return null;
    cur = (cur as Record<string, unknown>)[segment];
  }
  return typeof cur === "number" ? cur : null;
}

/** Every manual id → its value (null when no figures were entered for the year). */
export function manualFigureValues(figures: ManualFigures | null): Record<string, number | null> {
  return Object.fromEntries(MANUAL_FIGURE_IDS.map((id) => [id, figures ? readPath(figures, id.split("/")) : null]));
}
