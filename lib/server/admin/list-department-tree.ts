import "server-only";
import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Db } from "@/db";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import { flattenDepartments, type Flattened } from "./department-tree";

export type DepartmentRow = {
  id: string;
  parentId: string | null;
  name: string;
  code: string;
  sortOrder: number;
  /** Enabled accounts whose department this is. */
  userCount: number;
  /** Open cases (received, awaiting 补正 or fee) routed to this department. */
  openCaseCount: number;
};

/** The department tree in display order, with user and open-case counts per department (not its sub-departments). */
export async function listDepartmentTree(given?: Db): Promise<Flattened<DepartmentRow>[]> {
  const db = given ?? (await getDb());
  const open = sql.join(OPEN_STATUSES.map((s) => sql`${s}`), sql`, `);
  const rows = rowsOf<{ id: string; parent_id: string | null; name: string; code: string; sort_order: number; user_count: number; open_case_count: number }>(
    await db.execute(sql`
      select d.id, d.parent_id, d.name, d.code, d.sort_order,
        (select count(*)::int from users u where u.department_id = d.id and u.disabled_at is null) as user_count,
        (select count(*)::int from cases c where c.department_id = d.id and c.status in (${open})) as open_case_count
      from departments d`),
  );
  return flattenDepartments(
    rows.map((r) => ({
      id: r.id,
      parentId: r.parent_id,
      name: r.name,
      code: r.code,
      sortOrder: Number(r.sort_order),
      userCount: Number(r.user_count),
      openCaseCount: Number(r.open_case_count),
    })),
  );
}
