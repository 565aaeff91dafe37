import "server-only";
import { and, eq } from "drizzle-orm";
import { type Db, schema } from "@/db";
import { todayInShanghai } from "@/lib/domain/identity";
import { type AppealFacts, appealRefusal } from "@/lib/domain/statistics";
import { AppError } from "@/lib/errors";
import { type Actor, recordAudit } from "@/lib/server/audit/record-audit";
import type { UpdateAppealInput } from "@/lib/validation/appeals";
import { appealColumns, type AppealView, findAppealCase, toAppealView } from "./appeal-view";

/**
 * Changes an appeal (typically: its result and closed date once decided). Optimistic locking: 409 when
 * `expectedVersion` is stale; 404 when the appeal is not on that case; 422 with a reason for facts that cannot stand.
 */
export async function updateAppeal(
  db: Db,
  input: { trackingNumber: string; appealId: string; changes: UpdateAppealInput; actor: Actor; requestId?: string | null; today?: string },
): Promise<AppealView> {
  const today = input.today ?? todayInShanghai();
  const { expectedVersion, ...changes } = input.changes;
  return db.transaction(async (tx) => {
    const found = await findAppealCase(tx, input.trackingNumber);
    const a = schema.appeals;
    const [current] = await tx
      .select(appealColumns)
      .from(a)
      .where(and(eq(a.id, input.appealId), eq(a.caseId, found.id)))
      .for("update")
      .limit(1);
    if (!current) throw new AppError("not_found");
    if (current.version !== expectedVersion) throw new AppError("conflict", { expectedVersion: "validation.version.stale" }, undefined, "version.stale");
    const before = toAppealView(found.trackingNumber, current);
    const next: AppealFacts & { note: string | null } = {
      kind: changes.kind ?? before.kind,
      filedAt: changes.filedAt ?? before.filedAt,
      result: changes.result ?? before.result,
      // A decided result needs its date; going back to pending clears it unless one is given.
      closedAt: changes.closedAt !== undefined ? changes.closedAt : changes.result === "pending" ? null : before.closedAt,
      afterUnsatisfactoryFirstHandling: changes.afterUnsatisfactoryFirstHandling ?? before.afterUnsatisfactoryFirstHandling,
      note: changes.note !== undefined ? changes.note : before.note,
    };
    const refusal = appealRefusal(next, { today, caseReceivedAt: found.receivedAt });
    if (refusal) throw new AppError("not_allowed", undefined, undefined, refusal);
    const [row] = await tx
      .update(a)
      .set({ ...next, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(a.id, current.id), eq(a.version, expectedVersion)))
      .returning(appealColumns);
    await recordAudit(tx, {
      actor: input.actor,
      action: "appeal.updated",
      entityType: "appeal",
      entityId: current.id,
      caseId: found.id,
      requestId: input.requestId,
      before: { ...before },
      after: { ...next, version: row!.version },
    });
    return toAppealView(found.trackingNumber, row!);
  });
}
