import { type Label, TABLE3_ROWS, type Table3Column, type Table3RowLayout } from "@/lib/domain/statistics";

/**
 * The row headers of table 三 as the national form draws them: three label columns, 三、本年度办理结果 spanning
 * every result row, each reason group （三）（四）（五）（六） spanning its items, and the single rows (一、二、四、,
 * （一）（二）（七）) spanning the columns they do not use. Pure, so the geometry is unit-tested.
 */
export type RowHeaderCell = { id: string; label: Label; rowSpan: number; colSpan: number };
export type Table3GridRow = { row: Table3RowLayout; cells: RowHeaderCell[]; headerIds: string[] };

const RESULTS_ID = "t3-results";

export function table3Grid(rows: readonly Table3RowLayout[] = TABLE3_ROWS): Table3GridRow[] {
  const resultRows = rows.filter((r) => r.group).length;
  const itemsPerGroup = new Map<string, number>();
  for (const r of rows) if (r.group && r.item) itemsPerGroup.set(r.group.zh, (itemsPerGroup.get(r.group.zh) ?? 0) + 1);
  const seenGroups = new Set<string>();
  let resultsOpened = false;

  return rows.map((row) => {
    if (!row.group) {
      const id = `t3-s-${row.key}`;
      return { row, cells: [{ id, label: row.section ?? row.label, rowSpan: 1, colSpan: 3 }], headerIds: [id] };
    }
    const cells: RowHeaderCell[] = [];
    if (!resultsOpened) {
      resultsOpened = true;
      cells.push({ id: RESULTS_ID, label: row.section ?? row.label, rowSpan: resultRows, colSpan: 1 });
    }
    const groupId = `t3-g-${row.key.split(".")[0]}`;
    if (!row.item) {
      cells.push({ id: groupId, label: row.group, rowSpan: 1, colSpan: 2 });
      return { row, cells, headerIds: [RESULTS_ID, groupId] };
    }
    if (!seenGroups.has(row.group.zh)) {
      seenGroups.add(row.group.zh);
      cells.push({ id: groupId, label: row.group, rowSpan: itemsPerGroup.get(row.group.zh) ?? 1, colSpan: 1 });
    }
    const itemId = `t3-i-${row.key.replace(".", "-")}`;
    cells.push({ id: itemId, label: row.item, rowSpan: 1, colSpan: 1 });
    return { row, cells, headerIds: [RESULTS_ID, groupId, itemId] };
  });
}

/** The ids of the column headers above a column (申请人情况, 法人或其他组织 for the five organisation columns, its own). */
export function table3ColumnHeaderIds(column: Table3Column): string[] {
  const own = `t3-c-${column}`;
  if (column === "naturalPerson" || column === "total") return ["t3-applicant", own];
  return ["t3-applicant", "t3-org", own];
}
