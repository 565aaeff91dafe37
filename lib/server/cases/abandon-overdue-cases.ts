import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db";
import { todayInShanghai } from "@/lib/domain/identity";
import { AppError } from "@/lib/errors";
import { performCaseAction } from "./perform-case-action";

/**
 * Daily job: cases whose 补正 deadline (→ 6.1) or fee deadline (→ 6.2) passed without a supplement or payment
 * are abandoned, dated the day after the missed deadline. The transition table decides; a case changed in the
 * meantime (409) or no longer due (422) is simply left for the next run.
 */
export async function abandonOverdueCases(db: Db, today: string = todayInShanghai()): Promise<{ abandoned: string[] }> {
  const candidates = rowsOf<{ id: string; version: number; tracking_number: string }>(
    await db.execute(sql`
      select id, version, tracking_number from cases
      where (status = 'awaiting_clarification' and (facts->'clarification'->>'deadline') < ${today}
             and facts->'clarification'->>'supplementReceivedAt' is null)
         or (status = 'awaiting_fee' and (facts->'fee'->>'deadline') < ${today} and facts->'fee'->>'paidAt' is null)
      order by received_at
      limit 500`),
  );
  const abandoned: string[] = [];
  for (const c of candidates) {
    try {
      await performCaseAction(db, { caseId: c.id, action: "abandon", input: {}, expectedVersion: Number(c.version), actor: { kind: "system" }, roles: ["staff"] });
      abandoned.push(c.tracking_number);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  }
  return { abandoned };
}
