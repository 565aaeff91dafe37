import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { type Db, schema } from "@/db";
import { AppError } from "@/lib/errors";
import { type Actor, recordAudit } from "@/lib/server/audit/record-audit";
import type { SaveManualFiguresInput } from "@/lib/validation/manual-figures";

// Any constant: serialises saves of one year's figures (with the year as the second key).
const MANUAL_FIGURES_LOCK = 7_402_611;

/**
 * Saves the year's manual figures as a new version (never overwrites), audited in the same transaction.
 * `expectedVersion` (when given) must be the latest version, else 409: someone saved in between.
 */
export async function saveManualFigures(
  db: Db,
  input: SaveManualFiguresInput & { year: number; actor: Actor; requestId?: string | null },
): Promise<{ year: number; version: number; enteredAt: Date }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MANUAL_FIGURES_LOCK}, ${input.year})`);
    const m = schema.manualFigures;
    const [latest] = await tx.select({ version: m.version, data: m.data }).from(m).where(eq(m.year, input.year)).orderBy(desc(m.version)).limit(1);
    const current = latest?.version ?? null;
    if (input.expectedVersion !== undefined && input.expectedVersion !== current) {
      throw new AppError("conflict", { expectedVersion: "validation.version.stale" }, undefined, "manualFigures.stale");
    }
    const version = (current ?? 0) + 1;
    const enteredBy = "userId" in input.actor ? input.actor.userId : null;
    const [row] = await tx
      .insert(m)
      .values({ year: input.year, version, data: input.figures, enteredBy })
      .returning({ id: m.id, enteredAt: m.enteredAt });
    await recordAudit(tx, {
      actor: input.actor,
      action: "statistics.manual_figures_saved",
      entityType: "manual_figures",
      entityId: row!.id,
      requestId: input.requestId,
      before: latest ? { version: latest.version, figures: latest.data } : null,
      after: { year: input.year, version, figures: input.figures },
    });
    return { year: input.year, version, enteredAt: row!.enteredAt };
  });
}
