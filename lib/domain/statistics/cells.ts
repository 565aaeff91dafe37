import { OUTCOMES } from "@/lib/domain/outcomes";
import type { AppealDimensions } from "./appeals";
import {
  CHANNEL_ROWS,
  cellId,
  type Label,
  OUTCOME_ROWS,
  RESULT_CODES,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_KINDS,
  TABLE4_RESULTS,
  TABLE_2011_2_ROWS,
  TABLE_2011_4_ROWS,
  TABLE_TITLES,
  type Table3Column,
} from "./layout";
import type { CaseDimensions } from "./year-membership";

/**
 * One definition per case-derived (or appeal-derived) value: a membership predicate in disjunctive normal
 * form over the year dimensions. `anyOf: [[a, b], [c]]` means (a AND b) OR c; a clause holds when the
 * dimension's value is one of `in`. The server compiles the very same data to SQL for counts and lists.
 */
export type Clause<D> = { [K in keyof D]: { dim: K; in: readonly D[K][] } }[keyof D];
export type CaseClause = Clause<CaseDimensions>;
export type AppealClause = Clause<AppealDimensions>;

type Described = { id: string; table: Label; row: Label; column: Label | null };
export type CaseCellDefinition = Described & { subject: "case"; anyOf: readonly (readonly CaseClause[])[] };
export type AppealCellDefinition = Described & { subject: "appeal"; anyOf: readonly (readonly AppealClause[])[] };
export type CellDefinition = CaseCellDefinition | AppealCellDefinition;

const YES = [true] as const;
const isNew: CaseClause = { dim: "isNew", in: YES };

function columnClauses(column: Table3Column): CaseClause[] {
  return column === "total" ? [] : [{ dim: "applicantColumn", in: [column] }];
}

function labelOf(id: string, rows: readonly { id: string; label: Label; prefixZh?: string }[]): Label {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no layout row for ${id}`);
  return { zh: `${row.prefixZh ?? ""}${row.label.zh}`, en: row.label.en };
}

function table2011Cells(): CaseCellDefinition[] {
  const table = TABLE_TITLES.format2011.table2;
  const cell = (id: string, anyOf: CaseClause[][]): CaseCellDefinition => ({
    id,
    table,
    row: labelOf(id, TABLE_2011_2_ROWS),
    column: null,
    subject: "case",
    anyOf,
  });
  return [
    // One catalogue entry per request received in the year (domain.md §5; the seed's 54).
    cell("format2011/table2/catalogueEntries", [[isNew]]),
    cell("format2011/table2/applications/total", [[isNew]]),
    ...CHANNEL_ROWS.map((r) => cell(cellId("format2011/table2/applications", r.key), [[isNew, { dim: "channel", in: [r.channel] }]])),
    // Replies in the year, plus 6.1 endings: the 补正 notice was the agency's answer (申请内容不明确).
    cell("format2011/table2/replies/total", [[{ dim: "repliedOutcome", in: OUTCOMES }], [{ dim: "handledCode", in: ["6.1"] }]]),
    ...OUTCOME_ROWS.map((r) =>
      cell(
        cellId("format2011/table2/replies", r.key),
        r.outcome === "unclear"
          ? [[{ dim: "repliedOutcome", in: ["unclear"] }], [{ dim: "handledCode", in: ["6.1"] }]]
          : [[{ dim: "repliedOutcome", in: [r.outcome] }]],
      ),
    ),
  ];
}

const ALL_RESULT_CODES: readonly string[] = RESULT_CODES;

function table3RowClause(row: string): CaseClause {
  switch (row) {
    case "new":
      return isNew;
    case "carriedOver":
      return { dim: "isCarriedOver", in: YES };
    case "carriedForward":
      return { dim: "isCarriedForward", in: YES };
    case "7":
      return { dim: "handledCode", in: ALL_RESULT_CODES };
    default:
      return { dim: "handledCode", in: [row] };
  }
}

function table2021Cells(): CaseCellDefinition[] {
  const table = TABLE_TITLES.format2021.table3;
  return TABLE3_ROWS.flatMap((row) =>
    TABLE3_COLUMNS.map(
      (column): CaseCellDefinition => ({
        id: cellId("format2021/table3", row.key, column),
        table,
        row: row.label,
        column: TABLE3_COLUMN_LABELS[column],
        subject: "case",
        anyOf: [[table3RowClause(row.key), ...columnClauses(column)]],
      }),
    ),
  );
}

/** Last year's 四 per column, computed on its own for the check "this year's 二 = last year's 四"; not printed. */
function auxiliaryCells(): CaseCellDefinition[] {
  return TABLE3_COLUMNS.map((column) => ({
    id: cellId("aux/previousCarriedForward", column),
    table: { zh: "上年度表三", en: "Last year's table III" },
    row: { zh: "上年度 四、结转下年度继续办理", en: "Last year's IV. Carried forward" },
    column: TABLE3_COLUMN_LABELS[column],
    subject: "case" as const,
    anyOf: [[{ dim: "wasCarriedForwardLastYear" as const, in: YES }, ...columnClauses(column)]],
  }));
}

function appealCells(): AppealCellDefinition[] {
  const t2011 = TABLE_TITLES.format2011.table4;
  const cell2011 = (id: string, anyOf: AppealClause[][]): AppealCellDefinition => ({
    id,
    table: t2011,
    row: labelOf(id, TABLE_2011_4_ROWS),
    column: null,
    subject: "appeal",
    anyOf,
  });
  const t2021 = TABLE_TITLES.format2021.table4;
  return [
    cell2011("format2011/table4/reconsiderations", [[{ dim: "kind", in: ["reconsideration"] }]]),
    cell2011("format2011/table4/lawsuits", [[{ dim: "kind", in: ["litigation_direct", "litigation_after_reconsideration"] }]]),
    cell2011("format2011/table4/complaints", [[{ dim: "kind", in: ["complaint"] }]]),
    cell2011("format2011/table4/complaintsAfterFirstHandling", [
      [
        { dim: "kind", in: ["complaint"] },
        { dim: "afterFirstHandling", in: YES },
      ],
    ]),
    ...TABLE4_KINDS.flatMap((k) =>
      TABLE4_RESULTS.map(
        (r): AppealCellDefinition => ({
          id: cellId("format2021/table4", k.key, r.key),
          table: t2021,
          row: k.label,
          column: r.label,
          subject: "appeal",
          anyOf: [[{ dim: "kind", in: [k.kind] }, ...(r.key === "total" ? [] : [{ dim: "resultAtYearEnd" as const, in: [r.key] }])]],
        }),
      ),
    ),
  ];
}

/** Every computed value of both formats, plus the auxiliary ones the checks need. */
export const CELL_DEFINITIONS: readonly CellDefinition[] = [...table2011Cells(), ...table2021Cells(), ...auxiliaryCells(), ...appealCells()];

const BY_ID = new Map(CELL_DEFINITIONS.map((d) => [d.id, d]));

export function cellDefinition(id: string): CellDefinition | undefined {
  return BY_ID.get(id);
}

export function isCellId(id: string): boolean {
  return BY_ID.has(id);
}

function holds<D>(anyOf: readonly (readonly Clause<D>[])[], dims: D): boolean {
  return anyOf.some((all) => all.every((c) => (c.in as readonly unknown[]).includes(dims[c.dim])));
}

/** The pure twin of the SQL predicate: does a case (with these dimensions) belong to the cell? */
export function caseMatches(def: CaseCellDefinition, dims: CaseDimensions): boolean {
  return holds(def.anyOf, dims);
}

export function appealMatches(def: AppealCellDefinition, dims: AppealDimensions): boolean {
  return holds(def.anyOf, dims);
}
