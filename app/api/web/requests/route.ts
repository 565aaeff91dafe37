import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/identity";
import { MAX_FILE_BYTES } from "@/lib/domain/files/sniff";
import { AppError, type FieldErrors } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { getSessionUser } from "@/lib/server/auth/session";
import { publicRoute } from "@/lib/server/http/api-route";
import { chosenFiles, readMultipartForm } from "@/lib/server/http/read-body";
import { clientIpFromHeaders } from "@/lib/server/http/client-ip";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { createRequest, type IncomingFile } from "@/lib/server/requests/create-request";
import { readUpload } from "@/lib/server/requests/read-upload";
import { fieldErrorsFromZod } from "@/lib/validation/errors";
import { translateValidationMessage } from "@/lib/validation/messages";
import { requestSchema } from "@/lib/validation/request";

const MAX_ATTACHMENTS = 10;
// The JSON part plus an ID scan, an authorisation letter and the attachments, each at most 10 MB.
const MAX_BODY = (MAX_ATTACHMENTS + 2) * MAX_FILE_BYTES + 2 * 1024 * 1024;

/** POST /api/web/requests — the online form (multipart, so the browser can show upload progress). */
export const POST = publicRoute(async (req, { requestId }) => {
  assertSameOrigin(req);
  const db = await getDb();
  const ip = clientIpFromHeaders(req.headers);
  const limit = await consumeRateLimit(db, `submit:ip:${ip}`, getEnv().RATE_LIMIT_SUBMISSIONS_PER_HOUR, 3600);
  if (!limit.allowed) throw new AppError("rate_limited", undefined, { "Retry-After": String(limit.retryAfterSeconds) });

  const form = await readMultipartForm(req, MAX_BODY);

  const locale = localeOfRequest(req);
  let payload: unknown;
  try {
    payload = JSON.parse(String(form.get("payload") ?? ""));
  } catch {
    throw new AppError("bad_request", { _root: "validation.body.malformedJson" });
  }
  const parsed = requestSchema.safeParse(payload);
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
  await take("idDocument", "id_document", 1);
  await take("authorization", "authorization", 1);
  await take("attachments", "attachment", MAX_ATTACHMENTS);
  if (parsed.success && parsed.data.applicant.type === "natural_person" && !files.some((f) => f.kind === "id_document")) {
    fields["files.idDocument"] ??= translateValidationMessage("validation.file.idDocumentRequired", locale);
  }
  if (!parsed.success || Object.keys(fields).length > 0) {
    return NextResponse.json({ error: { code: "validation", fields } }, { status: 400 });
  }

  const user = await getSessionUser();
  const today = todayInShanghai();
  const created = await createRequest(db, {
    request: parsed.data,
    channel: "online",
    receivedAt: today,
    today,
    files,
    citizenUserId: user && can(user.roles, "portal.use") ? user.id : null,
    submittedByApplicant: true,
    actor: user ? { kind: "user", userId: user.id } : { kind: "anonymous" },
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
    },
    { status: 201 },
  );
});
