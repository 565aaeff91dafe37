export {
  DOCUMENT_KIND_DEFINITIONS,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentKindDefinition,
  documentKindDefinition,
  isDocumentKind,
  isServiceMethod,
  SERVICE_METHODS,
  type ServiceMethod,
} from "./kinds";
export {
  BODY_FONT_PT,
  BODY_LINE_PT,
  DOCUMENT_PAGE,
  type DocumentParagraph,
  MM_PER_PT,
  pageNumberLabel,
  paragraphsOf,
  TEXT_HEIGHT_MM,
  TEXT_WIDTH_MM,
} from "./layout";
export { KNOWN_PLACEHOLDERS, type KnownPlaceholder } from "./placeholders";
export { placeholdersOf, renderTemplate, type RenderResult, type TemplateValue, type TemplateValues } from "./render";
export {
  documentValues,
  formatDocumentDate,
  formatDocumentNumber,
  formatYuan,
  informationSummary,
  inlineText,
  REGULATION,
  replyValues,
} from "./values";
export { type DocumentRequest, documentsForEvents } from "./workflow-documents";
