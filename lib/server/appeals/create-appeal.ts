import "server-only";
import { type Db, schema } from "@/db";
import { todayInShanghai } from "@/lib/domain/identity";
import { appealRefusal } from "@/lib/domain/statistics";
import { AppError } from "@/lib/errors";
import { type Actor, recordAudit } from "@/lib/server/audit/record-audit";
import type { CreateAppealInput } from "@/lib/validation/appeals";
import { appealColumns, type AppealView, findAppealCase, toAppealView } from "./appeal-view";

/** Records a 复议 / 诉讼 / 申诉 on a case, audited in the same transaction. 404 unknown case, 422 with a reason. */
export async function createAppeal(
  db: Db,
  input: { trackingNumber: string; appeal: CreateAppealInput; actor: Actor; requestId?: string | null; today?: string },
): Promise<AppealView> {
  const today = input.today ?? todayInShanghai();
  return db.transaction(async (tx) => {
    const found = await findAppealCase(tx, input.trackingNumber);
    const refusal = appealRefusal(input.appeal, { today, caseReceivedAt: found.receivedAt });
    if (refusal) throw new AppError("not_allowed", undefined, undefined, refusal);
    const [row] = await tx
      .insert(schema.appeals)
      .values({ caseId: found.id, ...input.appeal, createdBy: "userId" in input.actor ? input.actor.userId : null })
      .returning(appealColumns);
    await recordAudit(tx, {
      actor: input.actor,
      action: "appeal.created",
      entityType: "appeal",
      entityId: row!.id,
      caseId: found.id,
      requestId: input.requestId,
      after: { ...input.appeal },
    });
    return toAppealView(found.trackingNumber, row!);
  });
}
