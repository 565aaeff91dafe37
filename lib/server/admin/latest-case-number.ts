import "server-only";
import { desc } from "drizzle-orm";
import { getDb, schema, type Db } from "@/db";

/** A real case to preview templates against by default: the newest one. */
export async function latestCaseNumber(given?: Db): Promise<string | null> {
  const db = given ?? (await getDb());
  const [row] = await db.select({ tn: schema.cases.trackingNumber }).from(schema.cases).orderBy(desc(schema.cases.createdAt)).limit(1);
  return row?.tn ?? null;
}
