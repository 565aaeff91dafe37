import { NextResponse } from "next/server";
import type { FieldErrors } from "@/lib/errors";
import { getSessionUser } from "@/lib/server/auth/session";
import { publicRoute } from "@/lib/server/http/api-route";
import { chosenFiles, readMultipartForm } from "@/lib/server/http/read-body";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { answerClarification } from "@/lib/server/requests/answer-clarification";
import type { IncomingFile } from "@/lib/server/requests/create-request";
import { readUpload } from "@/lib/server/requests/read-upload";
import { MAX_FILE_BYTES } from "@/lib/domain/files/sniff";
import { fieldErrorsFromZod } from "@/lib/validation/errors";
import { translateValidationMessage } from "@/lib/validation/messages";
import { clarificationAnswerSchema } from "@/lib/validation/clarification";

const MAX_FILES = 5;

/** POST /api/web/requests/{trackingNumber}/clarification — multipart: text, expectedVersion, files. */
export const POST = publicRoute<{ trackingNumber: string }>(async (req, { params }) => {
  assertSameOrigin(req);
  const form = await readMultipartForm(req, (MAX_FILES + 1) * MAX_FILE_BYTES);
  const locale = localeOfRequest(req);
  const parsed = clarificationAnswerSchema.safeParse({ text: form.get("text"), expectedVersion: form.get("expectedVersion") });
  const fields: FieldErrors = parsed.success ? {} : fieldErrorsFromZod(parsed.error, locale);
  const files: IncomingFile[] = [];
  const parts = chosenFiles(form, "files");
  if (parts.length > MAX_FILES) fields.files = translateValidationMessage("validation.file.tooMany", locale);
  for (const part of parts.slice(0, MAX_FILES)) {
    const checked = await readUpload(part, "attachment");
    if ("error" in checked) fields.files ??= translateValidationMessage(checked.error, locale);
    else files.push(checked.file);
  }
  if (!parsed.success || Object.keys(fields).length) return NextResponse.json({ error: { code: "validation", fields } }, { status: 400 });
  const result = await answerClarification(await getSessionUser(), { trackingNumber: params.trackingNumber, expectedVersion: parsed.data.expectedVersion, text: parsed.data.text, files });
  return NextResponse.json({ status: result.status, dueDate: result.dueDate, dueDateProvisional: result.dueDateProvisional, version: result.version });
});
