import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema, type Db } from "@/db";

export type DocumentServiceRecord = { id: string; method: string; emsNumber: string | null; servedAt: string; recordedBy: string | null; createdAt: Date };

/** Every document of a case (staff), oldest first, each with its service records; null when there is no such case. */
export async function listCaseDocuments(db: Db, trackingNumber: string) {
  const [found] = await db.select({ id: schema.cases.id }).from(schema.cases).where(eq(schema.cases.trackingNumber, trackingNumber.toUpperCase())).limit(1);
  if (!found) return null;
  const d = schema.caseDocuments;
  const docs = await db
    .select({
      id: d.id,
      kind: d.kind,
      documentNumber: d.documentNumber,
      title: d.title,
      body: d.body,
      issuedOn: d.issuedOn,
      visibleToApplicant: d.visibleToApplicant,
      templateId: d.templateId,
      templateVersion: d.templateVersion,
      createdAt: d.createdAt,
    })
    .from(d)
    .where(eq(d.caseId, found.id))
    .orderBy(asc(d.createdAt), asc(d.numberYear), asc(d.numberSeq));
  const services = docs.length
    ? await db
        .select({
          id: schema.documentServices.id,
          documentId: schema.documentServices.documentId,
          method: schema.documentServices.method,
          emsNumber: schema.documentServices.emsNumber,
          servedAt: schema.documentServices.servedAt,
          recordedBy: schema.users.name,
          createdAt: schema.documentServices.createdAt,
        })
        .from(schema.documentServices)
        .leftJoin(schema.users, eq(schema.users.id, schema.documentServices.recordedBy))
        .where(inArray(schema.documentServices.documentId, docs.map((x) => x.id)))
        .orderBy(asc(schema.documentServices.createdAt))
    : [];
  return docs.map((doc) => ({
    ...doc,
    services: services.filter((s) => s.documentId === doc.id).map(({ documentId: _documentId, ...s }): DocumentServiceRecord => s),
  }));
}

/** The applicant's documents on one case (only those addressed to them), oldest first; no bodies. */
export async function listApplicantDocuments(db: Db, caseId: string) {
  const d = schema.caseDocuments;
  return db
    .select({ id: d.id, kind: d.kind, documentNumber: d.documentNumber, title: d.title, issuedOn: d.issuedOn })
    .from(d)
    .where(and(eq(d.caseId, caseId), eq(d.visibleToApplicant, true)))
    .orderBy(asc(d.createdAt), asc(d.numberYear), asc(d.numberSeq));
}
