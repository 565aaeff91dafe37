import "server-only";
import { schema, type DbOrTx } from "@/db";
import { documentKindDefinition, type DocumentKind, type TemplateValue } from "@/lib/domain/documents";
import { todayInShanghai } from "@/lib/domain/identity";
import type { Locale } from "@/lib/i18n/config";
import type { Outcome } from "@/lib/domain/outcomes";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { caseValues, loadCaseDocumentContext } from "./case-document-context";
import { composeDocument } from "./compose-document";
import { findDocumentTemplate } from "./find-document-template";
import { nextDocumentNumber } from "./next-document-number";
import { notifyDocumentIssued } from "./notify-document-issued";

export type GenerateCaseDocumentInput = {
  caseId: string;
  kind: DocumentKind;
  /** reply_letter: picks the outcome's template. */
  outcome?: Outcome | null;
  reasonCode?: string | null;
  /** Values beyond the case's own (message, deadline, party …); ISO dates are written 2026年11月30日. */
  values?: Record<string, TemplateValue>;
  /** Text staff wrote or edited before sending: stored exactly, instead of the template's body. */
  overrideBody?: string | null;
  actorUserId: string | null;
  /** Who the audit event names; defaults to the user, or the system when there is none. */
  actor?: Actor;
  /** The document's date (a back-filled reply's date); default today in Asia/Shanghai. */
  issuedOn?: string;
  /** The language of the applicant's mail (default: their account's, else zh-CN). */
  locale?: Locale;
  requestId?: string | null;
};

export type IssuedDocument = {
  id: string;
  kind: DocumentKind;
  documentNumber: string;
  title: string;
  body: string;
  issuedOn: string;
  visibleToApplicant: boolean;
  /** Placeholders the template used that had no value (left visible in the text). */
  missing: string[];
};

/**
 * Issues a document in the caller's transaction: the next gap-free number of the year, the template's title
 * and body filled with the case's values (or the staff's own text), the audit event `case.document_issued`
 * and, for documents addressed to the applicant, a mail telling them it is there. A failure rolls it all back
 * with the caller's change.
 */
export async function generateCaseDocument(tx: DbOrTx, input: GenerateCaseDocumentInput): Promise<IssuedDocument> {
  const ctx = await loadCaseDocumentContext(tx, { caseId: input.caseId });
  if (!ctx) throw new AppError("not_found");
  const template = await findDocumentTemplate(tx, input.kind, { outcome: input.outcome, reasonCode: input.reasonCode });
  const override = input.overrideBody?.trim() ? input.overrideBody : null;
  if (!template && !override) throw new AppError("not_allowed", undefined, undefined, "document.templateMissing");

  const today = todayInShanghai();
  const issuedOn = input.issuedOn ?? today;
  const number = await nextDocumentNumber(tx, Number(today.slice(0, 4)));
  const values = { ...caseValues(ctx), date: issuedOn, documentNumber: number.documentNumber, ...input.values };
  const composed = composeDocument(input.kind, template, values, override);
  const visibleToApplicant = documentKindDefinition(input.kind).visibleToApplicant;

  const [row] = await tx
    .insert(schema.caseDocuments)
    .values({
      caseId: ctx.caseId,
      kind: input.kind,
      templateId: template?.id ?? null,
      templateVersion: template?.version ?? null,
      numberYear: number.year,
      numberSeq: number.seq,
      documentNumber: number.documentNumber,
      title: composed.title,
      body: composed.body,
      agencyName: ctx.agencyName,
      issuedOn,
      visibleToApplicant,
      createdBy: input.actorUserId,
    })
    .returning({ id: schema.caseDocuments.id });
  const id = row!.id;

  await recordAudit(tx, {
    actor: input.actor ?? (input.actorUserId ? { kind: "user", userId: input.actorUserId } : { kind: "system" }),
    action: "case.document_issued",
    entityType: "case_document",
    entityId: id,
    caseId: ctx.caseId,
    requestId: input.requestId,
    after: {
      documentId: id,
      kind: input.kind,
      documentNumber: number.documentNumber,
      title: composed.title,
      issuedOn,
      templateId: template?.id ?? null,
      templateVersion: template?.version ?? null,
      writtenByStaff: override !== null,
      visibleToApplicant,
      missingPlaceholders: composed.missing,
    },
  });
  if (visibleToApplicant) await notifyDocumentIssued(tx, ctx, { title: composed.title, documentNumber: number.documentNumber }, input.locale);

  return { id, kind: input.kind, documentNumber: number.documentNumber, title: composed.title, body: composed.body, issuedOn, visibleToApplicant, missing: composed.missing };
}
