import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/identity";
import { MAX_FILE_BYTES } from "@/lib/domain/files/sniff";
import { AppError, type FieldErrors } from "@/lib/errors";
import { getSessionUser } from "@/lib/server/auth/session";
import { publicRoute } from "@/lib/server/http/api-route";
import { chosenFiles, readMultipartForm } from "@/lib/server/http/read-body";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { createRequest, type IncomingFile } from "@/lib/server/requests/create-request";
import { readUpload } from "@/lib/server/requests/read-upload";
import { fieldErrorsFromZod } from "@/lib/validation/errors";
import { translateValidationMessage } from "@/lib/validation/messages";
import { staffCaseSchema } from "@/lib/validation/request";

const MAX_ATTACHMENTS = 10;
const MAX_LETTER_SCANS = 10;
// The JSON part plus the scans, an ID scan, an authorisation letter and the attachments, each at most 10 MB.
const MAX_BODY = (MAX_LETTER_SCANS + MAX_ATTACHMENTS + 2) * MAX_FILE_BYTES + 2 * 1024 * 1024;

/**
 * POST /api/web/cases — staff register a request received by letter, fax, e-mail, in person … (the staff form).
 * Multipart: `payload` (JSON: the request body plus `channel` and `receivedAt`), `letterScans` (several),
 * `idDocument`, `authorization`, `attachments`. Staff session cookie required (401 / 403 JSON otherwise).
 * 201 {trackingNumber, queryCode, receivedAt, dueDate, dueDateProvisional, status, version}; 4xx {error:{code, fields}}.
 */
export const POST = publicRoute(async (req, { requestId }) => {
  assertSameOrigin(req);
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized");
  if (!can(user.roles, "staff.use")) throw new AppError("forbidden");

  const form = await readMultipartForm(req, MAX_BODY);

  const locale = localeOfRequest(req);
  let payload: unknown;
  try {
    payload = JSON.parse(String(form.get("payload") ?? ""));
  } catch {
    throw new AppError("bad_request", { _root: "validation.body.malformedJson" });
  }
  const parsed = staffCaseSchema.safeParse(payload);
  const fields: FieldErrors = parsed.success ? {} : fieldErrorsFromZod(parsed.error, locale);

  const files: IncomingFile[] = [];
  const take = async (name: string, kind: IncomingFile["kind"], max: number) => {
    const parts = chosenFiles(form, name);
    if (form.getAll(name).some((p) => typeof p === "string")) fields[`files.${name}`] = translateValidationMessage("validation.file.type", locale);
    if (parts.length > max) fields[`files.${name}`] = translateValidationMessage("validation.file.tooMany", locale);
    for (const part of parts.slice(0, max)) {
      const checked = await readUpload(part, kind);
      if ("error" in checked) fields[`files.${name}`] ??= translateValidationMessage(checked.error, locale);
      else files.push(checked.file);
    }
  };
  await take("letterScans", "letter_scan", MAX_LETTER_SCANS);
  await take("idDocument", "id_document", 1);
  await take("authorization", "authorization", 1);
  await take("attachments", "attachment", MAX_ATTACHMENTS);
  // Unlike the online form, no identity document is required: staff saw the applicant or hold the letter.
  if (!parsed.success || Object.keys(fields).length > 0) {
    return NextResponse.json({ error: { code: "validation", fields } }, { status: 400 });
  }

  const { channel, receivedAt, ...request } = parsed.data;
  const created = await createRequest(await getDb(), {
    request,
    channel,
    receivedAt,
    today: todayInShanghai(),
    files,
    actor: { kind: "user", userId: user.id },
    locale,
    requestId,
  });
  return NextResponse.json(
    {
      trackingNumber: created.trackingNumber,
      queryCode: created.queryCode,
      receivedAt: created.receivedAt,
      dueDate: created.dueDate,
      dueDateProvisional: created.dueDateProvisional,
      status: created.status,
      version: 1,
    },
    { status: 201 },
  );
});
