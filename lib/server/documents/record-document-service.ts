import "server-only";
import { eq } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import type { DocumentServiceInput } from "@/lib/validation/documents";

export type RecordedService = { id: string; documentId: string; method: string; emsNumber: string | null; servedAt: string };

/**
 * Records how and when a document was served (送达), with its audit event `case.document_served`, in one
 * transaction. `input` is parsed by documentServiceSchema; a document served before its own date → 400.
 */
export async function recordDocumentService(
  db: Db,
  actor: Actor,
  input: DocumentServiceInput & { documentId: string },
  requestId?: string | null,
): Promise<RecordedService> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(input.documentId)) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const d = schema.caseDocuments;
    const [doc] = await tx
      .select({ id: d.id, caseId: d.caseId, kind: d.kind, documentNumber: d.documentNumber, issuedOn: d.issuedOn })
      .from(d)
      .where(eq(d.id, input.documentId))
      .limit(1);
    if (!doc) throw new AppError("not_found");
    if (input.servedAt < doc.issuedOn) throw new AppError("validation", { servedAt: "documents.validation.servedBeforeIssue" });

    const emsNumber = input.method === "post" ? (input.emsNumber ?? null) : null;
    const [row] = await tx
      .insert(schema.documentServices)
      .values({ documentId: doc.id, method: input.method, emsNumber, servedAt: input.servedAt, recordedBy: "userId" in actor ? actor.userId : null })
      .returning({ id: schema.documentServices.id });
    await recordAudit(tx, {
      actor,
      action: "case.document_served",
      entityType: "case_document",
      entityId: doc.id,
      caseId: doc.caseId,
      requestId,
      after: { documentId: doc.id, serviceId: row!.id, kind: doc.kind, documentNumber: doc.documentNumber, method: input.method, emsNumber, servedAt: input.servedAt },
    });
    return { id: row!.id, documentId: doc.id, method: input.method, emsNumber, servedAt: input.servedAt };
  });
}
