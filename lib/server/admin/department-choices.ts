import "server-only";
import type { Db } from "@/db";
import { listDepartmentTree } from "./list-department-tree";

/** Departments for a <select>: tree order, each indented by its depth so the hierarchy shows in the list. */
export async function departmentChoices(db?: Db): Promise<{ id: string; label: string }[]> {
  const tree = await listDepartmentTree(db);
  return tree.map((d) => ({ id: d.id, label: `${"\u3000".repeat(d.depth)}${d.name}（${d.code}）` }));
}
