import { z } from "zod";
import { isValidationMessageKey, VALIDATION_MESSAGES, type ValidationLocale, type ValidationMessageKey } from "./messages";

/** Key under which problems with the body itself (not an object, …) are reported. */
export const ROOT_ERROR_KEY = "_root";

type Issue = z.core.$ZodIssue;

/** Dot paths an issue belongs to; an unknown key is reported at its own path (`applicant.foo`). */
function issuePaths(issue: Issue): string[] {
  const base = issue.path.map(String);
  const paths = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...base, k]) : [base];
  return paths.map((p) => (p.length === 0 ? ROOT_ERROR_KEY : p.join(".")));
}

/** Our schemas put message keys in every issue; for issues from elsewhere map zod's codes to keys where one fits. */
function issueKey(issue: Issue): ValidationMessageKey | null {
  if (isValidationMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return "validation.invalidType";
    case "invalid_value":
      return "validation.invalidOption";
    case "unrecognized_keys":
      return "validation.unknownField";
    case "too_big":
      return "validation.tooLong";
    default:
      return null;
  }
}

const zodLocaleMaps: Partial<Record<ValidationLocale, z.core.$ZodErrorMap>> = {};
function zodLocaleMap(locale: ValidationLocale): z.core.$ZodErrorMap {
  return (zodLocaleMaps[locale] ??= (locale === "zh-CN" ? z.locales.zhCN() : z.locales.en()).localeError);
}

function issueText(issue: Issue, locale: ValidationLocale): string {
  const key = issueKey(issue);
  if (key) return VALIDATION_MESSAGES[locale][key];
  const localized = zodLocaleMap(locale)(issue as unknown as z.core.$ZodRawIssue);
  const text = typeof localized === "string" ? localized : localized?.message;
  return text || issue.message;
}

function collect(error: z.ZodError, render: (issue: Issue) => string): Record<string, string> {
  // A Map, then fromEntries: an unknown key named "__proto__" must become a plain entry.
  const out = new Map<string, string>();
  for (const issue of error.issues) {
    for (const path of issuePaths(issue)) if (!out.has(path)) out.set(path, render(issue));
  }
  return Object.fromEntries(out);
}

/**
 * `{ "applicant.idNumber": "身份证号码校验位不正确", … }`: one message per leaf path (the first issue wins),
 * problems with the body itself under `_root`.
 */
export function fieldErrorsFromZod(error: z.ZodError, locale: ValidationLocale): Record<string, string> {
  return collect(error, (issue) => issueText(issue, locale));
}

/** Same paths as fieldErrorsFromZod, with the message keys instead of text (for clients that translate themselves). */
export function fieldErrorKeysFromZod(error: z.ZodError): Record<string, string> {
  return collect(error, (issue) => issueKey(issue) ?? issue.message);
}
