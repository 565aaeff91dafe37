import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translator";
import { authorizeDocumentView } from "@/lib/server/documents/authorize-document";
import { PdfFontMissingError, renderDocumentPdf } from "@/lib/server/documents/render-document-pdf";
import { publicRoute } from "@/lib/server/http/api-route";
import { localeOfRequest } from "@/lib/server/http/request-locale";

/**
 * GET /api/web/documents/{documentId}/pdf — the document as an A4 PDF for whoever may read it (staff; the
 * applicant by session, lookup grant, or a staff API token); anyone else gets the same 404. Without the
 * font: 503 with a JSON message (the print page still works).
 */
export const GET = publicRoute<{ documentId: string }>(async (req, { params, principal, requestId }) => {
  const doc = await authorizeDocumentView(params.documentId, principal);
  if (!doc) throw new AppError("not_found");
  let pdf: Buffer;
  try {
    pdf = await renderDocumentPdf(doc);
  } catch (e) {
    if (!(e instanceof PdfFontMissingError)) throw e;
    console.error(`[documents] request ${requestId}: ${e.message}`);
    const message = translatorFor(localeOfRequest(req))("documents.pdfErrors.fontMissing");
    return NextResponse.json({ error: { code: "unavailable", reason: "document.pdfFontMissing", message } }, { status: 503, headers: { "x-request-id": requestId } });
  }
  const fileName = `${doc.title}${doc.documentNumber}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(pdf.length),
      "content-disposition": `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
