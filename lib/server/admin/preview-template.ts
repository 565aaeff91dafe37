import "server-only";
import { eq } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { isDocumentKind, replyValues, type TemplateValue } from "@/lib/domain/documents";
import { todayInShanghai } from "@/lib/domain/identity";
import { isOutcome, reasonsFor } from "@/lib/domain/outcomes";
import { AppError } from "@/lib/errors";
import { caseValues, loadCaseDocumentContext } from "@/lib/server/documents/case-document-context";
import { composeDocument, type ComposedDocument } from "@/lib/server/documents/compose-document";

/**
 * The edited (unsaved) template filled with a real case's values, as a document would be issued today.
 * Values the case does not have yet (a 补正 message before any notice) stay visible as {{name}}.
 */
export async function previewTemplate(db: Db, input: { templateId: string; title: string; body: string; trackingNumber: string }): Promise<ComposedDocument> {
  const t = schema.documentTemplates;
  const [tpl] = await db.select({ kind: t.kind, outcome: t.outcome, reasonCode: t.reasonCode }).from(t).where(eq(t.id, input.templateId)).limit(1);
  if (!tpl || !isDocumentKind(tpl.kind)) throw new AppError("not_found");
  const ctx = await loadCaseDocumentContext(db, { trackingNumber: input.trackingNumber });
  if (!ctx) throw new AppError("not_found", { trackingNumber: "admin.validation.caseUnknown" });
  const [caseRow] = await db.select({ outcome: schema.cases.outcome, reasonCode: schema.cases.reasonCode }).from(schema.cases).where(eq(schema.cases.id, ctx.caseId)).limit(1);
  const today = todayInShanghai();
  let reply: Record<string, TemplateValue> = {};
  if (tpl.kind === "reply_letter" && tpl.outcome && isOutcome(tpl.outcome)) {
    const sameOutcome = caseRow?.outcome === tpl.outcome;
    const reason = tpl.reasonCode ?? (sameOutcome ? caseRow?.reasonCode : null) ?? reasonsFor(tpl.outcome)[0] ?? null;
    reply = replyValues(tpl.outcome, reason, null);
  }
  const facts = ctx.facts;
  return composeDocument(tpl.kind, { id: input.templateId, version: 0, title: input.title, body: input.body }, {
    ...caseValues(ctx),
    message: facts.clarification?.message,
    deadline: tpl.kind === "fee_notice" ? facts.fee?.deadline : facts.clarification?.deadline,
    reason: facts.extension?.reason,
    workingDays: facts.extension?.workingDays ?? undefined,
    party: facts.consultations?.at(-1)?.party,
    amountYuan: facts.fee?.amountYuan,
    date: today,
    documentNumber: `〔${today.slice(0, 4)}〕第＿＿号`,
    ...reply,
  });
}
