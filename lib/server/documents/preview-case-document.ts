import "server-only";
import type { Db } from "@/db";
import { type DocumentKind, replyValues, type TemplateValue } from "@/lib/domain/documents";
import { todayInShanghai } from "@/lib/domain/identity";
import { isOutcome } from "@/lib/domain/outcomes";
import { caseValues, loadCaseDocumentContext } from "./case-document-context";
import { composeDocument } from "./compose-document";
import { findDocumentTemplate } from "./find-document-template";

export type DocumentPreview = {
  title: string;
  body: string;
  /** Placeholders still without a value (visible in the body as {{name}}). */
  missing: string[];
  templateId: string | null;
  templateVersion: number | null;
};

/**
 * The text a document would have if it were issued now, for staff to read and edit before sending (the
 * edited text goes back as the action's `documentText`, or the reply's `letter`). Writes nothing; the
 * number is only given when the document is issued. `values` may carry `outcome`, `reasonCode` and
 * `legalBasis` for a reply, and the action's own values (message, deadline, party, amountYuan …).
 * Null when there is no such case. The caller has checked that the user is staff.
 */
export async function previewCaseDocument(db: Db, trackingNumber: string, kind: DocumentKind, values: Record<string, TemplateValue> = {}): Promise<DocumentPreview | null> {
  const ctx = await loadCaseDocumentContext(db, { trackingNumber });
  if (!ctx) return null;
  const outcome = typeof values.outcome === "string" && isOutcome(values.outcome) ? values.outcome : null;
  const reasonCode = typeof values.reasonCode === "string" ? values.reasonCode : null;
  const template = await findDocumentTemplate(db, kind, { outcome, reasonCode });
  const today = todayInShanghai();
  const fromFacts: Record<string, TemplateValue> = {
    message: ctx.facts.clarification?.message,
    deadline: kind === "fee_notice" ? ctx.facts.fee?.deadline : ctx.facts.clarification?.deadline,
    reason: ctx.facts.extension?.reason,
    workingDays: ctx.facts.extension?.workingDays ?? undefined,
  };
  const reply = kind === "reply_letter" && outcome ? replyValues(outcome, reasonCode, typeof values.legalBasis === "string" ? values.legalBasis : null) : {};
  const composed = composeDocument(kind, template, {
    ...caseValues(ctx),
    ...fromFacts,
    date: today,
    documentNumber: `〔${today.slice(0, 4)}〕第＿＿号`,
    ...values,
    ...reply,
  });
  return { ...composed, templateId: template?.id ?? null, templateVersion: template?.version ?? null };
}
