import "server-only";
import { and, asc, isNull, sql } from "drizzle-orm";
import { schema, type Db } from "@/db";

export type CaseWorker = { id: string; name: string; email: string; departmentId: string | null };

/** Active staff and supervisors: who a case may be assigned to (no hashes, no roles beyond the filter). */
export async function listCaseWorkers(db: Db): Promise<CaseWorker[]> {
  const u = schema.users;
  return db
    .select({ id: u.id, name: u.name, email: u.email, departmentId: u.departmentId })
    .from(u)
    .where(and(isNull(u.disabledAt), sql`${u.roles} && array['staff','supervisor']::text[]`))
    .orderBy(asc(u.name), asc(u.email))
    .limit(500);
}
