import type { DefaultValues } from "react-hook-form";
import type { RequestFormValues } from "@/lib/validation/request";

/** Every text/choice field of the JSON part, in the order the form shows them (the error summary follows it). */
export const TEXT_FIELD_PATHS = [
  "applicant.type",
  "applicant.organizationType",
  "applicant.name",
  "applicant.idType",
  "applicant.idNumber",
  "applicant.creditCode",
  "applicant.legalRepresentative",
  "applicant.contactName",
  "applicant.phone",
  "applicant.email",
  "applicant.address",
  "applicant.postalCode",
  "information.title",
  "information.documentNumber",
  "information.description",
  "purpose",
  "form",
  "delivery",
] as const;

export type TextFieldPath = (typeof TEXT_FIELD_PATHS)[number];

/** Checked on top of the schema: the files and the declaration (never part of the JSON payload or the draft). */
export const EXTRA_FIELD_PATHS = ["files.idDocument", "files.authorization", "files.attachments", "declaration"] as const;
export type ExtraFieldPath = (typeof EXTRA_FIELD_PATHS)[number];

export const FIELD_ORDER: readonly string[] = [
  ...TEXT_FIELD_PATHS.slice(0, TEXT_FIELD_PATHS.indexOf("delivery") + 1),
  ...EXTRA_FIELD_PATHS,
];

export function isTextFieldPath(path: string): path is TextFieldPath {
  return (TEXT_FIELD_PATHS as readonly string[]).includes(path);
}

export function isExtraFieldPath(path: string): path is ExtraFieldPath {
  return (EXTRA_FIELD_PATHS as readonly string[]).includes(path);
}

/** Where an error for a field the form does not show should point: its section. */
export function sectionIdFor(path: string): string {
  if (path.startsWith("applicant.")) return "section-applicant";
  if (path.startsWith("information.") || path === "purpose") return "section-information";
  if (path === "form" || path === "delivery") return "section-delivery";
  if (path.startsWith("files.")) return "section-files";
  return "request-form";
}

/**
 * Empty strings for text (so reset() clears the inputs). An optional choice starts as "" too: an unchecked radio
 * group otherwise reads as null, which the schema refuses even after the group is hidden again. Required choices
 * stay undefined (→ "choose one of the options").
 */
export function emptyValues(prefill?: { name?: string; email?: string }): DefaultValues<RequestFormValues> {
  return {
    applicant: {
      type: "natural_person",
      organizationType: "",
      name: prefill?.name ?? "",
      idType: "resident_id",
      idNumber: "",
      creditCode: "",
      legalRepresentative: "",
      contactName: "",
      phone: "",
      email: prefill?.email ?? "",
      address: "",
      postalCode: "",
    },
    information: { title: "", documentNumber: "", description: "" },
    purpose: "",
    form: undefined,
    delivery: undefined,
  };
}

type Tree = Record<string, unknown>;

export function readPath(tree: unknown, path: string): unknown {
  let cur: unknown = tree;
  for (const seg of path.split(".")) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Tree)[seg];
  }
  return cur;
}

function writePath(tree: Tree, path: string, value: unknown): void {
  const segs = path.split(".");
  let cur = tree;
  for (const seg of segs.slice(0, -1)) {
    const next = cur[seg];
    cur = (typeof next === "object" && next !== null ? next : (cur[seg] = {})) as Tree;
  }
  cur[segs[segs.length - 1]!] = value;
}

/** Only the known fields, only strings: whatever sits in storage (an old version, a hand edit) cannot break the form. */
export function pickTextFields(source: unknown): Record<TextFieldPath, string | undefined> {
  const out = {} as Record<TextFieldPath, string | undefined>;
  for (const path of TEXT_FIELD_PATHS) {
    const v = readPath(source, path);
    out[path] = typeof v === "string" ? v : undefined;
  }
  return out;
}

/** `defaults` with the given leaf values laid over it. */
export function mergeValues(defaults: DefaultValues<RequestFormValues>, leaves: Partial<Record<TextFieldPath, string | undefined>>): DefaultValues<RequestFormValues> {
  const tree = structuredClone(defaults) as Tree;
  for (const [path, value] of Object.entries(leaves)) {
    if (value !== undefined) writePath(tree, path, value);
  }
  return tree as DefaultValues<RequestFormValues>;
}
