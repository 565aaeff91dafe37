import "server-only";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { DOCUMENT_VALIDATION_PREFIX } from "@/lib/validation/documents";
import { fieldErrorsFromZod } from "@/lib/validation/errors";

/** fieldErrorsFromZod, with the documents catalog's own messages (EMS number, date served) translated. */
export function documentFieldErrors(error: z.ZodError, locale: Locale): Record<string, string> {
  const out = fieldErrorsFromZod(error, locale);
  const t = translatorFor(locale);
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.map(String).join(".") : "_root";
    if (seen.has(path)) continue;
    seen.add(path);
    if (issue.message.startsWith(DOCUMENT_VALIDATION_PREFIX)) out[path] = t(issue.message as never);
  }
  return out;
}

/** The same for field errors thrown as AppError by lib/server/documents (checks that need the database). */
export function translateDocumentFields(fields: Record<string, string>, locale: Locale): Record<string, string> {
  const t = translatorFor(locale);
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.startsWith(DOCUMENT_VALIDATION_PREFIX) ? t(v as never) : v]));
}
