import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb, rowsOf, schema, type Db } from "@/db";
import { addWorkingDays } from "@/lib/domain/calendar";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { OPEN_CASE_STATUSES } from "./list-cases";

/** The queue's "due within N working days" for the board's "due soon". */
export const DUE_SOON_WORKING_DAYS = 3;

export type DeadlineCount = {
  /** Department or assignee id; null for the cases with none. */
  id: string | null;
  name: string | null;
  overdue: number;
  /** Due from today to `dueSoonLimit`, not yet overdue. */
  dueSoon: number;
};

export type DeadlineSummary = {
  today: string;
  /** Last day of "due soon": the 3rd working day after today. */
  dueSoonLimit: string;
  total: { overdue: number; dueSoon: number };
  byDepartment: DeadlineCount[];
  byAssignee: DeadlineCount[];
};

type Row = { dimension: "department" | "assignee" | "total"; id: string | null; name: string | null; overdue: number; due_soon: number };

/**
 * Overdue and due-soon open cases per department and per assignee, in one aggregate query (GROUPING SETS), with the
 * queue's own definitions: overdue = open and due before today; due soon = open and due from today to the 3rd
 * working day after it.
 */
export async function summarizeDeadlines(today: string, db?: Db): Promise<DeadlineSummary> {
  const conn = db ?? (await getDb());
  const cal = await loadWorkCalendar(conn);
  const dueSoonLimit = addWorkingDays(cal, today, DUE_SOON_WORKING_DAYS).date;
  const c = schema.cases;
  const rows = rowsOf<Row>(
    await conn.execute(sql`
      with due as (
        select ${c.departmentId} as department_id, ${c.assigneeId} as assignee_id, ${c.dueDate} < ${today}::date as is_overdue
        from ${c}
        where ${inArray(c.status, [...OPEN_CASE_STATUSES])} and ${c.dueDate} <= ${dueSoonLimit}::date
      ), grouped as (
        select
          case when grouping(department_id) = 0 then 'department' when grouping(assignee_id) = 0 then 'assignee' else 'total' end as dimension,
          department_id, assignee_id,
          count(*) filter (where is_overdue)::int as overdue,
          count(*) filter (where not is_overdue)::int as due_soon
        from due
        group by grouping sets ((department_id), (assignee_id), ())
      )
      select g.dimension, coalesce(g.department_id, g.assignee_id) as id, coalesce(d.name, u.name) as name, g.overdue, g.due_soon
      from grouped g
      left join departments d on g.dimension = 'department' and d.id = g.department_id
      left join users u on g.dimension = 'assignee' and u.id = g.assignee_id
      order by g.dimension, coalesce(g.department_id, g.assignee_id) is null, d.sort_order nulls last, coalesce(d.name, u.name)`),
  );
  const toCount = (r: Row): DeadlineCount => ({ id: r.id, name: r.name, overdue: Number(r.overdue), dueSoon: Number(r.due_soon) });
  const total = rows.find((r) => r.dimension === "total");
  return {
    today,
    dueSoonLimit,
    total: { overdue: Number(total?.overdue ?? 0), dueSoon: Number(total?.due_soon ?? 0) },
    byDepartment: rows.filter((r) => r.dimension === "department").map(toCount),
    byAssignee: rows.filter((r) => r.dimension === "assignee").map(toCount),
  };
}
