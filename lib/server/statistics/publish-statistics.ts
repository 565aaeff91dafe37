import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { type Db, schema } from "@/db";
import { allChecksPass } from "@/lib/domain/statistics";
import { AppError } from "@/lib/errors";
import { type Actor, recordAudit } from "@/lib/server/audit/record-audit";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { computeAnnualStatisticsIn, type StatisticsScope } from "./compute-annual-statistics";
import { useReportingMemory } from "./compute-cells";
import { requireDepartment } from "./department-exists";
import type { PublishedSnapshot } from "./published-snapshot";

// Any constant: serialises publications of one year (the year is the second key).
const PUBLICATION_LOCK = 7_402_612;

export type PublishResult = { id: string; year: number; departmentId: string | null; version: number; publishedAt: Date };

/**
 * Freezes a year: the report, the ids behind every cell, the manual figures' version and the checks, as
 * version N+1 of the (year, department) scope. Refused (422, reason statistics.checksFailed, failing rules in
 * `fields`) while any check fails. Audited in the same transaction. Always on the main database.
 */
export async function publishStatistics(db: Db, input: StatisticsScope & { actor: Actor; requestId?: string | null }): Promise<PublishResult> {
  const scope = { year: input.year, departmentId: input.departmentId };
  // Repeatable read: the counts, the id lists and the manual figures come from one snapshot. Two supervisors
  // publishing at the same moment: the lock orders them, and the loser's stale snapshot ends in 409.
  const publish = db.transaction(async (tx) => {
    await requireDepartment(tx, scope.departmentId);
    await tx.execute(sql`select pg_advisory_xact_lock(${PUBLICATION_LOCK}, ${scope.year})`);
    await useReportingMemory(tx);
    const stats = await computeAnnualStatisticsIn(tx, scope, { withMembers: true });
    if (!allChecksPass(stats.checks)) {
      const failed = Object.fromEntries(stats.checks.filter((c) => !c.ok).map((c) => [c.rule, "failed"]));
      throw new AppError("not_allowed", failed, undefined, "statistics.checksFailed");
    }
    const p = schema.statisticsPublications;
    const sameScope = and(eq(p.year, scope.year), scope.departmentId ? eq(p.departmentId, scope.departmentId) : isNull(p.departmentId));
    const [latest] = await tx.select({ version: p.version }).from(p).where(sameScope).orderBy(desc(p.version)).limit(1);
    const version = (latest?.version ?? 0) + 1;
    const snapshot: PublishedSnapshot = {
      formatVersion: 1,
      year: scope.year,
      departmentId: scope.departmentId,
      report: stats.report,
      values: stats.values,
      cells: stats.members ?? {},
      manualFiguresVersion: stats.manualFiguresVersion,
      checks: stats.checks,
    };
    const publishedBy = "userId" in input.actor ? input.actor.userId : null;
    const [row] = await tx
      .insert(p)
      .values({ year: scope.year, departmentId: scope.departmentId, version, publishedBy, snapshot })
      .returning({ id: p.id, publishedAt: p.publishedAt });
    await recordAudit(tx, {
      actor: input.actor,
      action: "statistics.published",
      entityType: "statistics_publication",
      entityId: row!.id,
      requestId: input.requestId,
      after: { year: scope.year, departmentId: scope.departmentId, version, manualFiguresVersion: stats.manualFiguresVersion },
    });
    return { id: row!.id, year: scope.year, departmentId: scope.departmentId, version, publishedAt: row!.publishedAt };
  }, { isolationLevel: "repeatable read" });
  try {
    return await publish;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("conflict", undefined, undefined, "statistics.publishedConcurrently");
    throw e;
  }
}
