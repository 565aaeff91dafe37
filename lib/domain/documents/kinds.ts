/** The documents the agency sends (domain.md §7), each generated from a template and kept with the case. */
export const DOCUMENT_KINDS = [
  "acknowledgement",
  "clarification_notice",
  "extension_notice",
  "consultation_letter",
  "fee_notice",
  "reply_letter",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** How a document reached its addressee (送达): 邮寄 (with the EMS number) / 电子邮件 / 当面 / 网上. */
export const SERVICE_METHODS = ["post", "email", "in_person", "online"] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

export type DocumentKindDefinition = {
  kind: DocumentKind;
  /** The document's usual name (受理回执 …), as staff and applicants call it. */
  labelZh: string;
  /**
   * Whether the applicant is its addressee and sees it. The 征求意见函 goes to the consulted third party or
   * agency: the applicant learns of the consultation from the timeline, not from the letter.
   */
  visibleToApplicant: boolean;
};

export const DOCUMENT_KIND_DEFINITIONS: readonly DocumentKindDefinition[] = [
  { kind: "acknowledgement", labelZh: "受理回执", visibleToApplicant: true },
  { kind: "clarification_notice", labelZh: "补正告知书", visibleToApplicant: true },
  { kind: "extension_notice", labelZh: "延期答复告知书", visibleToApplicant: true },
  { kind: "consultation_letter", labelZh: "征求意见函", visibleToApplicant: false },
  { kind: "fee_notice", labelZh: "收费通知", visibleToApplicant: true },
  { kind: "reply_letter", labelZh: "答复书", visibleToApplicant: true },
];

const KIND_SET: ReadonlySet<string> = new Set(DOCUMENT_KINDS);
const METHOD_SET: ReadonlySet<string> = new Set(SERVICE_METHODS);

export function isDocumentKind(value: string): value is DocumentKind {
  return KIND_SET.has(value);
}

export function isServiceMethod(value: string): value is ServiceMethod {
  return METHOD_SET.has(value);
}

export function documentKindDefinition(kind: DocumentKind): DocumentKindDefinition {
  const found = DOCUMENT_KIND_DEFINITIONS.find((d) => d.kind === kind);
  if (!found) throw new RangeError(`Unknown document kind ${kind}`);
  return found;
}
