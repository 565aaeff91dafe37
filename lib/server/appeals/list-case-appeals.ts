import "server-only";
import { asc, eq } from "drizzle-orm";
import { type DbOrTx, schema } from "@/db";
import { appealColumns, type AppealView, findAppealCase, toAppealView } from "./appeal-view";

/** The case's appeals, oldest filed first; 404 for an unknown case. */
export async function listCaseAppeals(db: DbOrTx, trackingNumber: string): Promise<AppealView[]> {
  const found = await findAppealCase(db, trackingNumber);
  const rows = await db
    .select(appealColumns)
    .from(schema.appeals)
    .where(eq(schema.appeals.caseId, found.id))
    .orderBy(asc(schema.appeals.filedAt), asc(schema.appeals.createdAt));
  return rows.map((r) => toAppealView(found.trackingNumber, r));
}
