import { cellDefinition } from "./cells";
import {
  cellId,
  type Label,
  TABLE_2011_1_ROWS,
  TABLE_2011_3_ROWS,
  TABLE_2021_2_BLOCKS,
  TABLE_TITLES,
} from "./layout";

export type ValueLabel = { table: Label; row: Label; column: Label | null };

const MANUAL_LABELS = new Map<string, ValueLabel>([
  ...TABLE_2011_1_ROWS.map((r): [string, ValueLabel] => [
    r.id,
    { table: TABLE_TITLES.format2011.table1, row: { zh: `${r.prefixZh ?? ""}${r.label.zh}`, en: r.label.en }, column: null },
  ]),
  ...TABLE_2011_3_ROWS.map((r): [string, ValueLabel] => [r.id, { table: TABLE_TITLES.format2011.table3, row: r.label, column: null }]),
  ...TABLE_2021_2_BLOCKS.flatMap((b) =>
    b.rows.flatMap((r) =>
      b.columns.map((c): [string, ValueLabel] => [
        cellId("format2021/table2", r.key, c.key),
        { table: TABLE_TITLES.format2021.table2, row: r.label, column: c.label },
      ]),
    ),
  ),
]);

/** Where a value sits (table, row, column), for check details, diffs and drill-down headings; null for an unknown id. */
export function valueLabel(id: string): ValueLabel | null {
  const def = cellDefinition(id);
  if (def) return { table: def.table, row: def.row, column: def.column };
  return MANUAL_LABELS.get(id) ?? null;
}
