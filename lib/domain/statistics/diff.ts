/**
 * Differences between two states of a year's statistics (live vs published, version N vs N-1): which
 * values changed, and for computed cells which cases (or appeals) moved in and out.
 */
export type CellMembers = { value: number; ids: readonly string[] };
/** Computed cells by id, each with the ids of the cases (appeal cells: appeals) behind it. */
export type CellSnapshot = Readonly<Record<string, CellMembers>>;

export type CellDifference = {
  id: string;
  before: number | null;
  after: number | null;
  /** Members now in the cell that were not (sorted). */
  added: string[];
  /** Members no longer in the cell (sorted). */
  removed: string[];
};

export type ValueDifference = { id: string; before: number | null; after: number | null };

/** Cells whose number or membership differs; a cell missing on one side counts as empty there. */
export function diffCells(before: CellSnapshot, after: CellSnapshot): CellDifference[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const out: CellDifference[] = [];
  for (const id of ids) {
    const b = before[id];
    const a = after[id];
    const beforeIds = new Set(b?.ids ?? []);
    const afterIds = new Set(a?.ids ?? []);
    const added = [...afterIds].filter((x) => !beforeIds.has(x)).sort();
    const removed = [...beforeIds].filter((x) => !afterIds.has(x)).sort();
    const bv = b?.value ?? null;
    const av = a?.value ?? null;
    if (bv !== av || added.length > 0 || removed.length > 0) out.push({ id, before: bv, after: av, added, removed });
  }
  return out;
}

/** Plain values (manual figures) that differ. */
export function diffValues(
  before: Readonly<Record<string, number | null>>,
  after: Readonly<Record<string, number | null>>,
): ValueDifference[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return ids
    .map((id) => ({ id, before: before[id] ?? null, after: after[id] ?? null }))
    .filter((d) => d.before !== d.after);
}

/** Every member id that moved in any cell (for resolving them to tracking numbers in one query). */
export function movedMembers(differences: readonly CellDifference[]): string[] {
  return [...new Set(differences.flatMap((d) => [...d.added, ...d.removed]))].sort();
}
