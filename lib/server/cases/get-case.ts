import { and, asc, desc, eq, ne, or, sql } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { dueDateFor } from "@/lib/domain/workflow";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { factsFromRow } from "./case-facts-row";

/** Everything staff see of one case. The ID number stays masked: staff search it through the blind index. */
export async function getCaseForStaff(db: Db, trackingNumber: string, today: string) {
  const c = schema.cases;
  const a = schema.applicants;
  const [row] = await db
    .select({
      id: c.id,
      trackingNumber: c.trackingNumber,
      status: c.status,
      version: c.version,
      channel: c.channel,
      receivedAt: c.receivedAt,
      dueDate: c.dueDate,
      dueDateProvisional: c.dueDateProvisional,
      assigneeId: c.assigneeId,
      departmentId: c.departmentId,
      facts: c.facts,
      outcome: c.outcome,
      reasonCode: c.reasonCode,
      repliedAt: c.repliedAt,
      endingCode: c.endingCode,
      endedAt: c.endedAt,
      infoTitle: c.infoTitle,
      infoDocumentNumber: c.infoDocumentNumber,
      infoDescription: c.infoDescription,
      purpose: c.purpose,
      form: c.form,
      delivery: c.delivery,
      citizenUserId: c.citizenUserId,
      createdAt: c.createdAt,
      applicantId: a.id,
      applicantType: a.type,
      organizationType: a.organizationType,
      applicantName: a.name,
      idType: a.idType,
      idNumberMasked: a.idNumberMasked,
      idNumberIndex: a.idNumberIndex,
      creditCodeMasked: a.creditCodeMasked,
      creditCodeIndex: a.creditCodeIndex,
      legalRepresentative: a.legalRepresentative,
      contactName: a.contactName,
      phone: a.phone,
      email: a.email,
      address: a.address,
      postalCode: a.postalCode,
      assigneeName: sql<string | null>`(select name from users u where u.id = ${c.assigneeId})`,
      departmentName: sql<string | null>`(select name from departments d where d.id = ${c.departmentId})`,
    })
    .from(c)
    .innerJoin(a, eq(a.id, c.applicantId))
    .where(eq(c.trackingNumber, trackingNumber.toUpperCase()))
    .limit(1);
  if (!row) return null;

  const facts = factsFromRow(row);
  const cal = await loadWorkCalendar(db);
  const clock = dueDateFor(facts, cal, today);

  const sameApplicant = [
    row.idNumberIndex ? eq(a.idNumberIndex, row.idNumberIndex) : undefined,
    row.creditCodeIndex ? eq(a.creditCodeIndex, row.creditCodeIndex) : undefined,
    row.citizenUserId ? eq(c.citizenUserId, row.citizenUserId) : undefined,
  ].filter((x) => x !== undefined);

  const [events, files, earlier] = await Promise.all([
    db
      .select({
        id: schema.auditEvents.id,
        at: schema.auditEvents.at,
        action: schema.auditEvents.action,
        actorKind: schema.auditEvents.actorKind,
        actorName: sql<string | null>`(select name from users u where u.id = ${schema.auditEvents.actorUserId})`,
        after: schema.auditEvents.after,
      })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.caseId, row.id))
      .orderBy(asc(schema.auditEvents.id)),
    db
      .select({ id: schema.caseFiles.id, kind: schema.caseFiles.kind, fileName: schema.caseFiles.fileName, size: schema.caseFiles.size, createdAt: schema.caseFiles.createdAt })
      .from(schema.caseFiles)
      .where(eq(schema.caseFiles.caseId, row.id))
      .orderBy(asc(schema.caseFiles.createdAt)),
    sameApplicant.length
      ? db
          .select({ trackingNumber: c.trackingNumber, receivedAt: c.receivedAt, status: c.status, infoTitle: c.infoTitle, infoDescription: sql<string>`left(${c.infoDescription}, 80)`, outcome: c.outcome })
          .from(c)
          .innerJoin(a, eq(a.id, c.applicantId))
          .where(and(ne(c.id, row.id), or(...sameApplicant)))
          .orderBy(desc(c.receivedAt))
          .limit(50)
      : Promise.resolve([]),
  ]);
  const { idNumberIndex: _i, creditCodeIndex: _c, facts: _f, ...publicRow } = row;
  return { ...publicRow, facts, clock, events, files, earlier };
}

export type StaffCase = NonNullable<Awaited<ReturnType<typeof getCaseForStaff>>>;
