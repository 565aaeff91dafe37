import "server-only";
import { getDb, schema } from "@/db";

/** The agency's name from `agency_settings` (the one row), as printed on its documents; null before set-up. */
export async function getAgencyName(): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ name: schema.agencySettings.name }).from(schema.agencySettings).limit(1);
  return row?.name?.trim() || null;
}
