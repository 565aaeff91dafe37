import { sql } from "drizzle-orm";
import type { Tx } from "@/db";

/** Serialises calendar changes and due-date recomputes, so each sees the calendar the one before it left. */
const CALENDAR_LOCK = 740_310_002;

/** Holds the calendar lock until the caller's transaction ends. */
export async function lockCalendar(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CALENDAR_LOCK})`);
}
