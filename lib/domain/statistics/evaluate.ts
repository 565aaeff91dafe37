import { type StatisticsAppealRecord, appealDimensions } from "./appeals";
import { appealMatches, caseMatches, CELL_DEFINITIONS } from "./cells";
import type { CellSnapshot } from "./diff";
import { caseDimensions, type StatisticsCaseRecord } from "./year-membership";

/**
 * The cell definitions evaluated in JavaScript over records in memory. Production never does this (the
 * database aggregates); tests use it as the oracle the SQL must agree with.
 */
export function evaluateCells(
  year: number,
  cases: readonly (StatisticsCaseRecord & { id: string })[],
  appeals: readonly (StatisticsAppealRecord & { id: string })[] = [],
): CellSnapshot {
  const caseDims = cases.flatMap((c) => {
    const dims = caseDimensions(c, year);
    return dims ? [{ id: c.id, dims }] : [];
  });
  const appealDims = appeals.flatMap((a) => {
    const dims = appealDimensions(a, year);
    return dims ? [{ id: a.id, dims }] : [];
  });
  return Object.fromEntries(
    CELL_DEFINITIONS.map((def) => {
      const ids =
        def.subject === "case"
          ? caseDims.filter((x) => caseMatches(def, x.dims)).map((x) => x.id)
          : appealDims.filter((x) => appealMatches(def, x.dims)).map((x) => x.id);
      ids.sort();
      return [def.id, { value: ids.length, ids }];
    }),
  );
}

/** Just the numbers of a snapshot. */
export function snapshotValues(snapshot: CellSnapshot): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot).map(([id, m]) => [id, m.value]));
}
