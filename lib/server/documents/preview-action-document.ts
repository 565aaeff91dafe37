import "server-only";
import { eq } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { documentsForEvents, type DocumentKind } from "@/lib/domain/documents";
import { todayInShanghai } from "@/lib/domain/identity";
import { applyAction, dueDateFor, OPEN_STATUSES, type ActionInputs, type ActionName } from "@/lib/domain/workflow";
import { AppError } from "@/lib/errors";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { factsFromRow } from "@/lib/server/cases/case-facts-row";
import { caseActionColumns } from "@/lib/server/cases/perform-case-action";
import type { CaseActionInput } from "@/lib/validation/case-actions";
import { caseValues, loadCaseDocumentContext } from "./case-document-context";
import { composeDocument } from "./compose-document";
import { findDocumentTemplate } from "./find-document-template";

/** The actions that send a document, and which one. */
export const ACTION_DOCUMENTS: Partial<Record<ActionName, DocumentKind>> = {
  request_clarification: "clarification_notice",
  approve_extension: "extension_notice",
  start_consultation: "consultation_letter",
  issue_fee_notice: "fee_notice",
  reply: "reply_letter",
};

export type ActionDocumentPreview = { kind: DocumentKind; title: string; body: string; missing: string[] };

/**
 * The document an action would send if performed now with these values, from the template — exactly what
 * performCaseAction would store without an edited text: the transition table decides on the same facts, the same
 * document values are derived from the resulting events, and the due date is the one after the action (a 延期答复
 * 告知书 names the extended date). Writes nothing; the document number is given only when it is issued. Refused like
 * the action itself (403/409/422), so a preview never shows a letter the action would not send.
 */
export async function previewActionDocument(
  db: Db,
  trackingNumber: string,
  body: CaseActionInput,
  who: { actorId: string | null; roles: readonly string[] },
): Promise<ActionDocumentPreview> {
  const kind = ACTION_DOCUMENTS[body.action];
  if (!kind) throw new AppError("validation", { action: "documents.validation.noDocument" });
  const [row] = await db.select(caseActionColumns).from(schema.cases).where(eq(schema.cases.trackingNumber, trackingNumber.toUpperCase())).limit(1);
  if (!row) throw new AppError("not_found");
  if (row.version !== body.expectedVersion) throw new AppError("conflict", { expectedVersion: "validation.version.stale" }, undefined, "version.stale");

  // The text being edited is not a workflow fact, and the preview is the template's own text.
  const { action, expectedVersion: _version, ...fields } = body;
  const input = { ...fields, documentText: undefined, letter: undefined } as Record<string, unknown>;
  delete input.documentText;
  delete input.letter;

  const cal = await loadWorkCalendar(db);
  const today = todayInShanghai();
  const result = applyAction(factsFromRow(row), action, input as ActionInputs[ActionName], { roles: who.roles, cal, today, actorId: who.actorId });
  if (!result.ok) throw new AppError(result.code, undefined, undefined, result.reason);
  const next = result.next;
  const dueDate = (OPEN_STATUSES as readonly string[]).includes(next.status) ? dueDateFor(next, cal, today).dueDate : row.dueDate;
  const doc = documentsForEvents(result.events, { facts: next, dueDate }).find((d) => d.kind === kind);
  if (!doc) throw new AppError("validation", { action: "documents.validation.noDocument" });

  const ctx = await loadCaseDocumentContext(db, { caseId: row.id });
  if (!ctx) throw new AppError("not_found");
  const template = await findDocumentTemplate(db, doc.kind, { outcome: doc.outcome, reasonCode: doc.reasonCode });
  const composed = composeDocument(doc.kind, template, {
    ...caseValues(ctx),
    // As the case will stand after the action (generateCaseDocument reads it back inside the action's transaction).
    dueDate,
    clarificationDate: next.clarification?.requestedAt,
    date: doc.issuedOn,
    documentNumber: `〔${today.slice(0, 4)}〕第＿＿号`,
    ...doc.values,
  });
  return { kind: doc.kind, title: composed.title, body: composed.body, missing: composed.missing };
}
