import { isOutcome, type Outcome } from "@/lib/domain/outcomes";
import type { CaseFacts, WorkflowEvent } from "@/lib/domain/workflow";

import type { DocumentKind } from "./kinds";
import type { TemplateValue } from "./render";
import { formatYuan, inlineText, replyValues } from "./values";

/** A document a workflow event calls for; the server fills in the case's own values and issues it. */
export type DocumentRequest = {
  kind: DocumentKind;
  outcome?: Outcome;
  reasonCode?: string;
  /** Event-specific values (ISO dates are formatted when rendered). */
  values: Record<string, TemplateValue>;
  /** The document's date: the event's business date. */
  issuedOn: string;
  /** Text written by staff that replaces the template (the reply's letter, an edited notice). */
  overrideBody?: string;
};

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);

/**
 * Which documents an action's events call for: 补正 → 补正告知书, approved extension → 延期答复告知书,
 * consultation → 征求意见函, fee notice → 收费通知, reply → the outcome's 答复书. `facts` and `dueDate` are
 * the case after the action. `documentText` (edited before sending) replaces the template of the document the
 * action issues; a reply's own `letter` wins over it.
 */
export function documentsForEvents(
  events: readonly WorkflowEvent[],
  after: { facts: CaseFacts; dueDate: string | null },
  documentText?: string | null,
): DocumentRequest[] {
  const edited = str(documentText);
  const out: DocumentRequest[] = [];
  for (const event of events) {
    const d = event.data;
    switch (event.type) {
      case "case.clarification_requested":
        out.push({
          kind: "clarification_notice",
          values: { message: after.facts.clarification?.message, deadline: str(d.deadline) ?? after.facts.clarification?.deadline },
          issuedOn: event.date,
          overrideBody: edited,
        });
        break;
      case "case.extension_approved":
        out.push({
          kind: "extension_notice",
          values: {
            reason: after.facts.extension ? inlineText(after.facts.extension.reason) : undefined,
            workingDays: typeof d.workingDays === "number" ? d.workingDays : (after.facts.extension?.workingDays ?? undefined),
            dueDate: after.dueDate,
          },
          issuedOn: event.date,
          overrideBody: edited,
        });
        break;
      case "case.consultation_started":
        out.push({
          kind: "consultation_letter",
          values: { party: str(d.party) ? inlineText(String(d.party)) : undefined },
          issuedOn: event.date,
          overrideBody: edited,
        });
        break;
      case "case.fee_notice_issued":
        out.push({
          kind: "fee_notice",
          values: { amountYuan: typeof d.amountYuan === "number" ? formatYuan(d.amountYuan) : undefined, deadline: str(d.deadline) },
          issuedOn: event.date,
          overrideBody: edited,
        });
        break;
      case "case.replied": {
        const outcome = typeof d.outcome === "string" && isOutcome(d.outcome) ? d.outcome : undefined;
        if (!outcome) break;
        const reasonCode = str(d.reasonCode);
        out.push({
          kind: "reply_letter",
          outcome,
          reasonCode,
          values: { ...replyValues(outcome, reasonCode, str(d.legalBasis)), clarificationDate: after.facts.clarification?.requestedAt },
          issuedOn: event.date,
          overrideBody: str(d.letter) ?? edited,
        });
        break;
      }
      default:
        break;
    }
  }
  return out;
}
