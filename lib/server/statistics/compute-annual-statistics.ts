import "server-only";
import type { Db, DbOrTx } from "@/db";
import {
  buildStatisticsReport,
  type CellSnapshot,
  type CheckResult,
  manualFigureValues,
  runChecks,
  type StatisticsReport,
} from "@/lib/domain/statistics";
import { computeCellMembers, computeCellValues, type StatisticsScope, useReportingMemory } from "./compute-cells";
import { getManualFigures } from "./get-manual-figures";

export type { StatisticsScope } from "./compute-cells";

export type AnnualStatistics = {
  year: number;
  departmentId: string | null;
  /** The JSON report (issue 5's contract). */
  report: StatisticsReport;
  /** Every value by id: computed cells (auxiliary ones included) and manual figures (null: not entered). */
  values: Record<string, number | null>;
  /** Every rule of domain.md §5 with the numbers it read. */
  checks: CheckResult[];
  /** The manual figures' version in the report; null when none were entered (or for a department, see below). */
  manualFiguresVersion: number | null;
  /** The ids behind every computed cell, when asked for (publishing, comparing). */
  members: CellSnapshot | null;
};

/** The same computation inside a caller's transaction (publishing runs it under its own lock). */
export async function computeAnnualStatisticsIn(db: DbOrTx, scope: StatisticsScope, options: { withMembers?: boolean } = {}): Promise<AnnualStatistics> {
  // Manual figures are the agency's own (附表1/3, 表二): a department's report has none.
  const manual = scope.departmentId === null ? await getManualFigures(db, scope.year) : null;
  let members: CellSnapshot | null = null;
  const cells = await computeCellValues(db, scope);
  if (options.withMembers) {
    members = await computeCellMembers(db, scope);
    // Counts (SQL predicates) and id lists (the same definitions on the same groups) must agree; a frozen
    // snapshot whose links do not match its numbers would be worse than no snapshot.
    const mismatch = Object.keys(cells).filter((id) => members?.[id]?.value !== cells[id]);
    if (mismatch.length > 0) throw new Error(`statistics: counts and member lists disagree for ${mismatch.slice(0, 5).join(", ")}`);
  }
  const values: Record<string, number | null> = { ...cells, ...manualFigureValues(manual?.figures ?? null) };
  const checks = runChecks(values);
  return {
    year: scope.year,
    departmentId: scope.departmentId,
    report: buildStatisticsReport(scope.year, values, checks),
    values,
    checks,
    manualFiguresVersion: manual?.version ?? null,
    members,
  };
}

/**
 * A year's statistics, live, computed by aggregate queries in the database (never by loading cases).
 * Pass `getReadDb()`: a read-only, repeatable-read transaction keeps the manual figures and the counts
 * from one snapshot, on the replica when DATABASE_READ_URL is set.
 */
export async function computeAnnualStatistics(db: Db, scope: StatisticsScope, options: { withMembers?: boolean } = {}): Promise<AnnualStatistics> {
  return db.transaction(
    async (tx) => {
      await useReportingMemory(tx);
      return computeAnnualStatisticsIn(tx, scope, options);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
