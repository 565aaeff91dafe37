import "server-only";
import { documentKindDefinition, documentValues, renderTemplate, type DocumentKind, type TemplateValues } from "@/lib/domain/documents";
import type { DocumentTemplate } from "./find-document-template";

export type ComposedDocument = { title: string; body: string; missing: string[] };

/**
 * Title and body of a document: the template filled with the values (dates written 2026年11月30日), or the
 * text staff wrote instead of the template, kept exactly as written.
 */
export function composeDocument(kind: DocumentKind, template: DocumentTemplate | null, values: TemplateValues, overrideBody?: string | null): ComposedDocument {
  const formatted = documentValues(values);
  const title = template ? renderTemplate(template.title, formatted) : { text: defaultTitle(kind), missing: [] };
  if (overrideBody !== undefined && overrideBody !== null && overrideBody.trim() !== "") {
    return { title: title.text, body: overrideBody, missing: title.missing };
  }
  const body = template ? renderTemplate(template.body, formatted) : { text: "", missing: [] };
  return { title: title.text, body: body.text, missing: [...new Set([...title.missing, ...body.missing])] };
}

function defaultTitle(kind: DocumentKind): string {
  return `政府信息公开${documentKindDefinition(kind).labelZh}`;
}
