import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { type Db, schema } from "@/db";
import { AppError } from "@/lib/errors";
import { type Actor, recordAudit } from "@/lib/server/audit/record-audit";
import type { ReportProse } from "@/lib/validation/statistics-actions";

// Any constant: serialises saves of one year's prose (the year is the second key).
const REPORT_PROSE_LOCK = 7_402_613;

/**
 * Saves the year's report prose as a new version (never overwrites), audited in the same transaction.
 * `expectedVersion` must be the latest version (null: none yet), else 409: someone saved in between.
 */
export async function saveReportProse(
  db: Db,
  input: { year: number; expectedVersion: number | null; prose: ReportProse; actor: Actor; requestId?: string | null },
): Promise<{ year: number; version: number; savedAt: Date }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REPORT_PROSE_LOCK}, ${input.year})`);
    const p = schema.reportProse;
    const [latest] = await tx
      .select({ version: p.version, overview: p.overview, problems: p.problems, other: p.other })
      .from(p)
      .where(eq(p.year, input.year))
      .orderBy(desc(p.version))
      .limit(1);
    if ((latest?.version ?? null) !== input.expectedVersion) {
      throw new AppError("conflict", { expectedVersion: "statistics.report.stale" }, undefined, "reportProse.stale");
    }
    const version = (latest?.version ?? 0) + 1;
    const savedBy = "userId" in input.actor ? input.actor.userId : null;
    const [row] = await tx
      .insert(p)
      .values({ year: input.year, version, ...input.prose, savedBy })
      .returning({ id: p.id, savedAt: p.savedAt });
    await recordAudit(tx, {
      actor: input.actor,
      action: "statistics.report_prose_saved",
      entityType: "report_prose",
      entityId: row!.id,
      requestId: input.requestId,
      before: latest ?? null,
      after: { year: input.year, version, ...input.prose },
    });
    return { year: input.year, version, savedAt: row!.savedAt };
  });
}
