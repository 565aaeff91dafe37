import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { documentFieldErrors, translateDocumentFields } from "@/lib/server/documents/document-field-errors";
import { recordDocumentService } from "@/lib/server/documents/record-document-service";
import { tokenRoute } from "@/lib/server/http/api-route";
import { readJsonObject } from "@/lib/server/http/read-body";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { documentServiceSchema } from "@/lib/validation/documents";

/**
 * POST /api/v1/documents/{documentId}/service — {"method":"post"|"email"|"in_person"|"online","emsNumber"?,"servedAt":"YYYY-MM-DD"}
 * → 201 {id, documentId, method, emsNumber, servedAt}; 400 malformed (EMS number missing for post, future date …);
 * 403 not staff; 404 no such document.
 */
export const POST = tokenRoute<{ documentId: string }>("staff.use", async (req, { params, principal, requestId }) => {
  const locale = localeOfRequest(req);
  const { value } = await readJsonObject(req);
  const parsed = documentServiceSchema.safeParse(value);
  if (!parsed.success) throw new AppError("validation", documentFieldErrors(parsed.error, locale));
  try {
    const recorded = await recordDocumentService(await getDb(), { kind: "token", userId: principal!.userId }, { ...parsed.data, documentId: params.documentId }, requestId);
    return NextResponse.json(recorded, { status: 201 });
  } catch (e) {
    if (e instanceof AppError && e.code === "validation" && e.fields) throw new AppError("validation", translateDocumentFields(e.fields, locale));
    throw e;
  }
});
