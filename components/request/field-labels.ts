import type { FieldErrors } from "react-hook-form";

/** The catalog key (under `requestForm`) of a request field's label, for an error summary; null when it has none. */
export function requestFieldLabelKey(path: string, isOrg: boolean): string | null {
  const [head, leaf] = path.split(".");
  if (path === "applicant.type") return "applicantType.label";
  if (path === "applicant.organizationType") return "organizationType.label";
  if (path === "applicant.name") return isOrg ? "fields.orgName" : "fields.name";
  if (path === "applicant.address") return isOrg ? "fields.orgAddress" : "fields.address";
  if ((head === "applicant" || head === "information") && leaf) return `fields.${leaf}`;
  if (head === "files" && leaf) return `files.${leaf}`;
  if (path === "purpose") return "fields.purpose";
  if (path === "form" || path === "delivery") return `${path}.label`;
  if (path === "declaration") return "sections.declaration";
  return null;
}

/** Leaf paths of react-hook-form's nested error object, with their messages. */
export function flattenFormErrors(errors: FieldErrors, prefix = ""): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string") out.push({ path, message });
    else out.push(...flattenFormErrors(value as FieldErrors, path));
  }
  return out;
}

/**
 * Click handler for the box around an error summary: its links move focus to the field itself (a plain
 * #fragment only scrolls), with the field's label in view.
 */
export function followSummaryLink(e: { target: EventTarget; preventDefault: () => void }): void {
  const link = (e.target as HTMLElement).closest("a");
  const hash = link?.getAttribute("href");
  if (!hash?.startsWith("#")) return;
  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  if (!target) return;
  e.preventDefault();
  (target.closest("fieldset") ?? target.parentElement ?? target).scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}
