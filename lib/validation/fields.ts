import { z } from "zod";
import type { ValidationMessageKey } from "./messages";

// Building blocks that put message keys (never prose) into every issue they raise, so the same
// schema serves zodResolver on the client and the route handler, whatever the locale.

type IssueLike = { code?: string; input?: unknown };

/** Message key for zod's own issues on a field: missing → required, wrong type → invalidType, bad option → invalidOption. */
export function fieldError(issue: IssueLike): ValidationMessageKey {
  if (issue.input === undefined || issue.input === "") return "validation.required";
  if (issue.code === "invalid_value") return "validation.invalidOption";
  if (issue.code === "unrecognized_keys") return "validation.unknownField";
  return "validation.invalidType";
}

/** Error map for the top-level body: anything but an object is reported at the root. */
export function bodyError(issue: IssueLike): ValidationMessageKey {
  return issue.code === "unrecognized_keys" ? "validation.unknownField" : "validation.body.invalid";
}

/** `when` for cross-field refinements: run them even after a sibling field failed, as long as we have an object. */
export function isObjectPayload(payload: { value: unknown }): boolean {
  const v = payload.value;
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** True when an issue was already raised at `path` (relative to the refined schema); one message per field is enough. */
export function hasIssueAt(payload: { issues: ReadonlyArray<{ path?: PropertyKey[] | undefined }> }, path: PropertyKey[]): boolean {
  return payload.issues.some((i) => {
    const p = i.path ?? [];
    return p.length >= path.length && path.every((seg, n) => p[n] === seg);
  });
}

// C0 controls except \t and \n, DEL and C1 controls. \r never gets here: line endings are normalised first.
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/;

export interface TextRules {
  /** Maximum length in code points, reported as `tooLong`. */
  max?: number;
  tooLong?: ValidationMessageKey;
  /** Minimum length in code points after trimming, reported as `tooShort`. */
  min?: number;
  tooShort?: ValidationMessageKey;
  /** Allows \n (a textarea); otherwise a line break is an error. */
  multiline?: boolean;
  /** Field-specific check and normalisation, run after the generic text checks. */
  parse?: (value: string) => { value: string } | { problem: ValidationMessageKey };
}

/** Browsers submit textareas with CRLF; store LF. Then trim. */
export function normalizeText(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").trim();
}

/** The first problem with a (normalised, non-empty) text, or its stored form. */
export function checkText(value: string, rules: TextRules): { value: string } | { problem: ValidationMessageKey } {
  if (!value.isWellFormed()) return { problem: "validation.text.invalidUnicode" };
  if ((rules.multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(value)) {
    const lineBreakOnly = !rules.multiline && !CONTROL_MULTILINE.test(value);
    return { problem: lineBreakOnly ? "validation.text.lineBreak" : "validation.text.controlChars" };
  }
  // Every code point is one or two UTF-16 units: a huge string is too long without being split up.
  if (rules.max !== undefined && value.length > 2 * rules.max) return { problem: rules.tooLong ?? "validation.tooLong" };
  const length = Array.from(value).length;
  if (rules.max !== undefined && length > rules.max) return { problem: rules.tooLong ?? "validation.tooLong" };
  if (rules.min !== undefined && length < rules.min) return { problem: rules.tooShort ?? "validation.required" };
  return rules.parse ? rules.parse(value) : { value };
}

function textSchema(rules: TextRules, required: boolean) {
  return z.string({ error: fieldError }).transform((raw, ctx): string | undefined => {
    const value = normalizeText(raw);
    if (value === "") {
      if (!required) return undefined; // a web form sends "" for an empty optional field
      ctx.issues.push({ code: "custom", message: "validation.required", input: raw });
      return z.NEVER;
    }
    const result = checkText(value, rules);
    if ("problem" in result) {
      ctx.issues.push({ code: "custom", message: result.problem, input: raw });
      return z.NEVER;
    }
    return result.value;
  });
}

/** A required string: trimmed, "" is reported as `validation.required`. */
export function requiredText(rules: TextRules) {
  return textSchema(rules, true) as unknown as z.ZodType<string, string>;
}

/** An optional string: trimmed, and "" (or blanks) becomes undefined. */
export function optionalText(rules: TextRules) {
  return textSchema(rules, false).optional();
}

/** A required choice; "" counts as missing. */
export function requiredEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: fieldError });
}

/** An optional choice; "" (an unselected <select>) becomes undefined. */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .enum(["", ...values] as unknown as readonly ["", ...T], { error: fieldError })
    .transform((v) => (v === "" ? undefined : (v as T[number])))
    .optional();
}
