import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db";
import { ENDING_CODES, OUTCOMES } from "@/lib/domain/outcomes";
import { type DashboardScope, inDepartment, yearRange } from "./dashboard-scope";

/** An outcome (the six of 附表2) or an ending without a reply (6.1–6.3). */
export type OutcomeMixKey = (typeof OUTCOMES)[number] | (typeof ENDING_CODES)[number];
export type OutcomeMix = { key: OutcomeMixKey; kind: "reply" | "ending"; count: number }[];

/**
 * How the cases handled in the year ended (domain.md §5: the year of the reply or ending): each outcome and
 * each ending, every key present, in the tables' order.
 */
export async function outcomeMix(db: DbOrTx, scope: DashboardScope): Promise<OutcomeMix> {
  const { start, end } = yearRange(scope.year);
  const rows = rowsOf<{ key: string | null; n: number }>(
    await db.execute(sql`
      select case when c.replied_at is not null then c.outcome else c.ending_code end as key, count(*)::int as n
      from cases c
      where coalesce(c.replied_at, c.ended_at) >= ${start} and coalesce(c.replied_at, c.ended_at) <= ${end} ${inDepartment(scope.departmentId)}
      group by 1`),
  );
  const count = (key: string) => rows.filter((r) => r.key === key).reduce((s, r) => s + Number(r.n), 0);
  return [
    ...OUTCOMES.map((key) => ({ key, kind: "reply" as const, count: count(key) })),
    ...ENDING_CODES.map((key) => ({ key, kind: "ending" as const, count: count(key) })),
  ];
}
