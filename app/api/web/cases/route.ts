import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/identity";
import { MAX_FILE_BYTES } from "@/lib/domain/files/sniff";
import { AppError } from "@/lib/errors";
import { getSessionUser } from "@/lib/server/auth/session";
import { publicRoute } from "@/lib/server/http/api-route";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { createRequest } from "@/lib/server/requests/create-request";
import { createdRequestBody, readRequestMultipart } from "@/lib/server/requests/request-multipart";
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

  const { parsed, fields, files } = await readRequestMultipart(req, {
    schema: staffCaseSchema,
    fileParts: [
      { name: "letterScans", kind: "letter_scan", max: MAX_LETTER_SCANS },
      { name: "idDocument", kind: "id_document", max: 1 },
      { name: "authorization", kind: "authorization", max: 1 },
      { name: "attachments", kind: "attachment", max: MAX_ATTACHMENTS },
    ],
    maxBody: MAX_BODY,
    locale: localeOfRequest(req),
  });
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
    locale: localeOfRequest(req),
    requestId,
  });
  return NextResponse.json({ ...createdRequestBody(created), version: 1 }, { status: 201 });
});
