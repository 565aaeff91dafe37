import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { listApplicantDocuments } from "@/lib/server/documents/list-case-documents";

/** Audit actions an applicant sees on their own timeline (internal steps stay internal). */
export const APPLICANT_VISIBLE_ACTIONS = [
  "case.submitted",
  "case.registered",
  "case.linked_to_account",
  "case.clarification_requested",
  "case.clarification_received",
  "case.consultation_started",
  "case.consultation_ended",
  "case.fee_notice_issued",
  "case.fee_paid",
  "case.extension_approved",
  "case.replied",
  "case.withdrawn",
  "case.abandoned",
  "case.document_served",
] as const;

export type RequestView = Awaited<ReturnType<typeof loadRequestView>>;

/** What the applicant (or a visitor holding the query code) sees of one case. The caller has authorized. */
export async function loadRequestView(where: { caseId: string } | { trackingNumber: string; citizenUserId: string }) {
  const db = await getDb();
  const condition =
    "caseId" in where
      ? eq(schema.cases.id, where.caseId)
      : and(eq(schema.cases.trackingNumber, where.trackingNumber.toUpperCase()), eq(schema.cases.citizenUserId, where.citizenUserId));
  const [row] = await db
    .select({
      id: schema.cases.id,
      trackingNumber: schema.cases.trackingNumber,
      status: schema.cases.status,
      version: schema.cases.version,
      channel: schema.cases.channel,
      receivedAt: schema.cases.receivedAt,
      dueDate: schema.cases.dueDate,
      dueDateProvisional: schema.cases.dueDateProvisional,
      outcome: schema.cases.outcome,
      reasonCode: schema.cases.reasonCode,
      repliedAt: schema.cases.repliedAt,
      endingCode: schema.cases.endingCode,
      endedAt: schema.cases.endedAt,
      facts: schema.cases.facts,
      infoTitle: schema.cases.infoTitle,
      infoDocumentNumber: schema.cases.infoDocumentNumber,
      infoDescription: schema.cases.infoDescription,
      purpose: schema.cases.purpose,
      form: schema.cases.form,
      delivery: schema.cases.delivery,
      applicantType: schema.applicants.type,
      organizationType: schema.applicants.organizationType,
      applicantName: schema.applicants.name,
      idNumberMasked: schema.applicants.idNumberMasked,
      creditCodeMasked: schema.applicants.creditCodeMasked,
      phone: schema.applicants.phone,
      email: schema.applicants.email,
    })
    .from(schema.cases)
    .innerJoin(schema.applicants, eq(schema.applicants.id, schema.cases.applicantId))
    .where(condition)
    .limit(1);
  if (!row) return null;
  const [files, events, documents] = await Promise.all([
    db
      .select({ id: schema.caseFiles.id, kind: schema.caseFiles.kind, fileName: schema.caseFiles.fileName, size: schema.caseFiles.size, createdAt: schema.caseFiles.createdAt })
      .from(schema.caseFiles)
      .where(and(eq(schema.caseFiles.caseId, row.id), eq(schema.caseFiles.visibleToApplicant, true)))
      .orderBy(asc(schema.caseFiles.createdAt)),
    db
      .select({ id: schema.auditEvents.id, at: schema.auditEvents.at, action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.caseId, row.id), inArray(schema.auditEvents.action, [...APPLICANT_VISIBLE_ACTIONS])))
      .orderBy(asc(schema.auditEvents.id)),
    listApplicantDocuments(db, row.id),
  ]);
  return { ...row, files, events, documents };
}

/** The signed-in citizen's own requests, newest first (ownership in the WHERE clause). */
export async function listMyRequests(citizenUserId: string) {
  const db = await getDb();
  return db
    .select({
      trackingNumber: schema.cases.trackingNumber,
      status: schema.cases.status,
      receivedAt: schema.cases.receivedAt,
      dueDate: schema.cases.dueDate,
      dueDateProvisional: schema.cases.dueDateProvisional,
      outcome: schema.cases.outcome,
      infoTitle: schema.cases.infoTitle,
      infoDescription: sql<string>`left(${schema.cases.infoDescription}, 80)`,
    })
    .from(schema.cases)
    .where(eq(schema.cases.citizenUserId, citizenUserId))
    .orderBy(sql`${schema.cases.createdAt} desc`)
    .limit(200);
}
