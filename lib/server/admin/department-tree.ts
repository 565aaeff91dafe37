import "server-only";

/** Pure helpers for the department tree (no I/O), shared by the list and the move check. */

export type DepartmentNode = { id: string; parentId: string | null; name: string; sortOrder: number };
export type Flattened<T extends DepartmentNode> = T & { depth: number; path: string[] };

/**
 * Depth-first order, siblings by sortOrder then name; `depth` for indentation, `path` the ancestors' names.
 * A node whose parent is missing, or that sits on a cycle, is shown at the top level rather than lost.
 */
export function flattenDepartments<T extends DepartmentNode>(nodes: readonly T[]): Flattened<T>[] {
  const byParent = new Map<string | null, T[]>();
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) {
    const key = n.parentId && ids.has(n.parentId) ? n.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), n]);
  }
  const order = (a: T, b: T) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "zh-CN");
  const out: Flattened<T>[] = [];
  const seen = new Set<string>();
  const visit = (n: T, depth: number, path: string[]) => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    out.push({ ...n, depth, path });
    for (const child of (byParent.get(n.id) ?? []).sort(order)) visit(child, depth + 1, [...path, n.name]);
  };
  for (const root of (byParent.get(null) ?? []).sort(order)) visit(root, 0, []);
  for (const n of [...nodes].sort(order)) visit(n, 0, []); // leftovers on a cycle
  return out;
}

/** True when making `newParentId` the parent of `id` would close a loop (itself or one of its descendants). */
export function wouldCreateCycle(nodes: readonly Pick<DepartmentNode, "id" | "parentId">[], id: string, newParentId: string | null): boolean {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const seen = new Set<string>();
  for (let cur: string | null | undefined = newParentId; cur; cur = parentOf.get(cur)) {
    if (cur === id) return true;
    if (seen.has(cur)) return true; // an existing loop: refuse rather than make it worse
    seen.add(cur);
  }
  return false;
}
