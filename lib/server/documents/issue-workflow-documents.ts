import "server-only";
import type { DbOrTx } from "@/db";
import { documentsForEvents } from "@/lib/domain/documents";
import type { CaseFacts, WorkflowEvent } from "@/lib/domain/workflow";
import type { Actor } from "@/lib/server/audit/record-audit";
import { generateCaseDocument, type IssuedDocument } from "./generate-case-document";

/**
 * The documents a workflow action sends (补正告知书, 延期答复告知书, 征求意见函, 收费通知, 答复书), issued in the
 * action's transaction after its events are recorded. `documentText` is the text edited before sending.
 */
export async function issueWorkflowDocuments(
  tx: DbOrTx,
  input: { caseId: string; events: readonly WorkflowEvent[]; facts: CaseFacts; dueDate: string | null; documentText?: string | null; actor: Actor; requestId?: string | null },
): Promise<IssuedDocument[]> {
  const issued: IssuedDocument[] = [];
  for (const doc of documentsForEvents(input.events, { facts: input.facts, dueDate: input.dueDate }, input.documentText)) {
    issued.push(
      await generateCaseDocument(tx, {
        caseId: input.caseId,
        kind: doc.kind,
        outcome: doc.outcome,
        reasonCode: doc.reasonCode,
        values: doc.values,
        overrideBody: doc.overrideBody,
        issuedOn: doc.issuedOn,
        actorUserId: "userId" in input.actor ? input.actor.userId : null,
        actor: input.actor,
        requestId: input.requestId,
      }),
    );
  }
  return issued;
}
