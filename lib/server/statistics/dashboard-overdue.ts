import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db";
import { type DashboardScope, inDepartment, OPEN_STATUSES } from "./dashboard-scope";

/** Open cases past their due date today, for one department (null: not yet routed to one). */
export type OverdueByDepartment = { departmentId: string | null; name: string | null; overdue: number }[];

/** The queue's own "overdue" (open, due before today), counted per department, most overdue first. */
export async function overdueByDepartment(db: DbOrTx, scope: DashboardScope): Promise<OverdueByDepartment> {
  const rows = rowsOf<{ department_id: string | null; name: string | null; n: number }>(
    await db.execute(sql`
      select c.department_id, d.name, count(*)::int as n
      from cases c left join departments d on d.id = c.department_id
      where c.status in ${OPEN_STATUSES} and c.due_date < ${scope.today}::date ${inDepartment(scope.departmentId)}
      group by c.department_id, d.name, d.sort_order
      order by n desc, d.sort_order nulls last, d.name`),
  );
  return rows.map((r) => ({ departmentId: r.department_id, name: r.name, overdue: Number(r.n) }));
}
