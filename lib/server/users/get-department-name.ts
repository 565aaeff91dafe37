import "server-only";
import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db";

export async function getDepartmentName(id: string | null): Promise<string | null> {
  if (!id) return null;
  const db = await getDb();
  const [row] = await db.select({ name: schema.departments.name }).from(schema.departments).where(eq(schema.departments.id, id)).limit(1);
  return row?.name ?? null;
}
