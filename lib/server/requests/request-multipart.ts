import "server-only";
import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { chosenFiles, readMultipartForm } from "@/lib/server/http/read-body";
import { fieldErrorsFromZod } from "@/lib/validation/errors";
import { translateValidationMessage } from "@/lib/validation/messages";
import type { CreatedCase, IncomingFile } from "./create-request";
import { readUpload } from "./read-upload";

/** One file field of a multipart request form: its part name, what the files are, how many may come. */
export type FilePart = { name: string; kind: IncomingFile["kind"]; max: number };

/**
 * Reads a request form sent as multipart (the online form and the staff registration form): the JSON `payload`
 * part validated by `schema`, and each file part sniffed and size-checked. Field errors from both are collected
 * together so the applicant sees them all at once; nothing is written here.
 */
export async function readRequestMultipart<S extends z.ZodType>(
  req: Request,
  options: { schema: S; fileParts: FilePart[]; maxBody: number; locale: Locale },
): Promise<{ parsed: z.ZodSafeParseResult<z.output<S>>; fields: FieldErrors; files: IncomingFile[] }> {
  const { schema, fileParts, maxBody, locale } = options;
  const form = await readMultipartForm(req, maxBody);
  let payload: unknown;
  try {
    payload = JSON.parse(String(form.get("payload") ?? ""));
  } catch {
    throw new AppError("bad_request", { _root: "validation.body.malformedJson" });
  }
  const parsed = schema.safeParse(payload) as z.ZodSafeParseResult<z.output<S>>;
  const fields: FieldErrors = parsed.success ? {} : fieldErrorsFromZod(parsed.error, locale);

  const files: IncomingFile[] = [];
  for (const { name, kind, max } of fileParts) {
    const parts = chosenFiles(form, name);
    if (form.getAll(name).some((p) => typeof p === "string")) fields[`files.${name}`] = translateValidationMessage("validation.file.type", locale);
    if (parts.length > max) fields[`files.${name}`] = translateValidationMessage("validation.file.tooMany", locale);
    for (const part of parts.slice(0, max)) {
      const checked = await readUpload(part, kind);
      if ("error" in checked) fields[`files.${name}`] ??= translateValidationMessage(checked.error, locale);
      else files.push(checked.file);
    }
  }
  return { parsed, fields, files };
}

/** The 201 body every request-creating endpoint answers with (the intake and staff API contracts). */
export function createdRequestBody(created: CreatedCase) {
  return {
    trackingNumber: created.trackingNumber,
    queryCode: created.queryCode,
    receivedAt: created.receivedAt,
    dueDate: created.dueDate,
    dueDateProvisional: created.dueDateProvisional,
    status: created.status,
  };
}
