import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { listCaseDocuments } from "@/lib/server/documents/list-case-documents";
import { tokenRoute } from "@/lib/server/http/api-route";

/**
 * GET /api/v1/cases/{trackingNumber}/documents → {"items":[{id, kind, documentNumber, title, body, issuedOn,
 * visibleToApplicant, templateVersion, createdAt, pdfUrl, services:[{id, method, emsNumber, servedAt, recordedBy, createdAt}]}]}
 * (oldest first); 404 no such case; 403 not staff.
 */
export const GET = tokenRoute<{ trackingNumber: string }>("staff.use", async (_req, { params }) => {
  const docs = await listCaseDocuments(await getDb(), params.trackingNumber);
  if (!docs) throw new AppError("not_found");
  return NextResponse.json({
    items: docs.map((d) => ({
      id: d.id,
      kind: d.kind,
      documentNumber: d.documentNumber,
      title: d.title,
      body: d.body,
      issuedOn: d.issuedOn,
      visibleToApplicant: d.visibleToApplicant,
      templateVersion: d.templateVersion,
      createdAt: d.createdAt,
      pdfUrl: `/api/web/documents/${d.id}/pdf`,
      services: d.services,
    })),
  });
});
