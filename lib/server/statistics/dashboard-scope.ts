import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { yearBounds } from "@/lib/domain/statistics";

/** What the dashboard looks at: a year (flows) and today (the open backlog), for the agency or a department subtree. */
export type DashboardScope = { year: number; departmentId: string | null; today: string };

/** `and c.department_id in (the department and everything below it)`, or nothing for the whole agency. */
export function inDepartment(departmentId: string | null, column: SQL = sql.raw("c.department_id")): SQL {
  if (!departmentId) return sql``;
  return sql`and ${column} in (
    with recursive dept_tree(id) as (
      select id from departments where id = ${departmentId}::uuid
      union
      select d.id from departments d join dept_tree t on d.parent_id = t.id
    ) select id from dept_tree)`;
}

/** The year's first and last day as SQL date literals. */
export function yearRange(year: number): { start: SQL; end: SQL } {
  const { start, end } = yearBounds(year);
  return { start: sql`${start}::date`, end: sql`${end}::date` };
}

/** The open statuses (the queue's own list): received, waiting for a 补正 or a fee. */
export const OPEN_STATUSES = sql.raw(`('received', 'awaiting_clarification', 'awaiting_fee')`);
