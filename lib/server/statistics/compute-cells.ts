import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db";
import { appealMatches, caseMatches, CELL_DEFINITIONS, type CellDefinition, type CellSnapshot } from "@/lib/domain/statistics";
import {
  APPEAL_DIMENSION_COLUMNS,
  appealDimensionsFromRow,
  CASE_DIMENSION_COLUMNS,
  caseDimensionsFromRow,
  cellPredicate,
  yearGroupRelations,
  yearRelations,
} from "./statistics-sql";

/** Which cases count: one year, the whole agency (null) or a department with its sub-departments. */
export type StatisticsScope = { year: number; departmentId: string | null };

const CASE_CELLS = CELL_DEFINITIONS.map((d, i) => ({ d, i })).filter((x) => x.d.subject === "case");
const APPEAL_CELLS = CELL_DEFINITIONS.map((d, i) => ({ d, i })).filter((x) => x.d.subject === "appeal");

function grouped(name: string, relation: string, columns: readonly string[]): SQL {
  // Fixed identifiers from statistics-sql.ts, never input.
  const list = columns.join(", ");
  return sql.raw(`${name} as (select ${list}, count(*)::int as n from ${relation} group by ${list})`);
}

function sums(cells: readonly { d: CellDefinition; i: number }[]): SQL {
  return sql.join(
    cells.map(({ d, i }) => sql`coalesce(sum(g.n) filter (where ${cellPredicate(d, "g")}), 0)::int as ${sql.raw(`"c${i}"`)}`),
    sql`, `,
  );
}

/** The statement behind computeCellValues (exported for EXPLAIN in benchmarks). Columns c0…cN follow CELL_DEFINITIONS. */
export function cellValuesQuery(scope: StatisticsScope): SQL {
  return sql`${yearGroupRelations(scope.year, scope.departmentId)},
    ${grouped("appeal_groups", "appeal_year", APPEAL_DIMENSION_COLUMNS)}
    select * from (select ${sums(CASE_CELLS)} from case_groups g) case_cells,
      (select ${sums(APPEAL_CELLS)} from appeal_groups g) appeal_cells`;
}

/**
 * Every computed cell's count in ONE statement (so cases and appeals come from one snapshot): the year's
 * cases are first grouped by their dimensions in the database (a few hundred groups even for a million
 * cases, see yearGroupRelations), then each cell sums the groups its predicate admits. No case row ever
 * reaches JavaScript.
 */
export async function computeCellValues(db: DbOrTx, scope: StatisticsScope): Promise<Record<string, number>> {
  const [row] = rowsOf<Record<string, unknown>>(await db.execute(cellValuesQuery(scope)));
  return Object.fromEntries(CELL_DEFINITIONS.map((d, i) => [d.id, Number(row?.[`c${i}`] ?? 0)]));
}

type Group<D> = { dims: D; ids: string[] };

function parseGroups<D>(raw: unknown, toDims: (row: Record<string, unknown>) => D): Group<D>[] {
  const parsed: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
  if (!Array.isArray(parsed)) return [];
  return parsed.map((g: { dims: Record<string, unknown>; ids: unknown[] }) => ({ dims: toDims(g.dims), ids: g.ids.map(String) }));
}

function groupsWithIds(name: string, relation: string, columns: readonly string[]): SQL {
  const list = columns.join(", ");
  return sql.raw(`${name} as (select ${list}, jsonb_agg(id) as ids from ${relation} group by ${list})`);
}

/**
 * Every computed cell with the ids behind it (cases; appeal cells: appeals), for publishing and comparing.
 * One statement returns the year's dimension groups with their ids (each id once, so a million cases stay
 * cheap); each cell then takes the groups its definition admits — the same definition, the same groups and
 * the same dimensions as the counts, which the property test holds equal. The value is the number of ids.
 */
export async function computeCellMembers(db: DbOrTx, scope: StatisticsScope): Promise<CellSnapshot> {
  const groupJson = (name: string) =>
    sql.raw(`(select coalesce(jsonb_agg(jsonb_build_object('dims', to_jsonb(g) - 'ids', 'ids', g.ids)), '[]'::jsonb) from ${name} g)`);
  const query = sql`${yearRelations(scope.year, scope.departmentId)},
    ${groupsWithIds("case_groups", "case_year", CASE_DIMENSION_COLUMNS)},
    ${groupsWithIds("appeal_groups", "appeal_year", APPEAL_DIMENSION_COLUMNS)}
    select ${groupJson("case_groups")} as cases, ${groupJson("appeal_groups")} as appeals`;
  const [row] = rowsOf<{ cases: unknown; appeals: unknown }>(await db.execute(query));
  const caseGroups = parseGroups(row?.cases, caseDimensionsFromRow);
  const appealGroups = parseGroups(row?.appeals, appealDimensionsFromRow);
  return Object.fromEntries(
    CELL_DEFINITIONS.map((def) => {
      const ids =
        def.subject === "case"
          ? caseGroups.filter((g) => caseMatches(def, g.dims)).flatMap((g) => g.ids)
          : appealGroups.filter((g) => appealMatches(def, g.dims)).flatMap((g) => g.ids);
      ids.sort();
      return [def.id, { value: ids.length, ids }];
    }),
  );
}

/**
 * Reporting queries sort and hash a year of cases: give this transaction room (no spill to disk). No JIT: the
 * statement's cost crosses the JIT thresholds, and compiling it took 1.8 s of 2.7 s on 1 M cases (bench/README.md).
 */
export async function useReportingMemory(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`);
}
