import "server-only";
import { eq } from "drizzle-orm";
import { schema, type DbOrTx } from "@/db";
import { informationSummary, type TemplateValue } from "@/lib/domain/documents";
import type { StoredFacts } from "@/lib/server/cases/case-facts-row";

/** What every document of a case says about it: the applicant, the request, its dates, the agency. */
export type CaseDocumentContext = {
  caseId: string;
  trackingNumber: string;
  citizenUserId: string | null;
  citizenLocale: string | null;
  applicantName: string;
  applicantEmail: string | null;
  receivedAt: string;
  dueDate: string | null;
  information: string;
  facts: StoredFacts;
  agencyName: string;
};

export async function loadCaseDocumentContext(db: DbOrTx, where: { caseId: string } | { trackingNumber: string }): Promise<CaseDocumentContext | null> {
  const c = schema.cases;
  const [row] = await db
    .select({
      caseId: c.id,
      trackingNumber: c.trackingNumber,
      citizenUserId: c.citizenUserId,
      citizenLocale: schema.users.locale,
      applicantName: schema.applicants.name,
      applicantEmail: schema.applicants.email,
      receivedAt: c.receivedAt,
      dueDate: c.dueDate,
      infoTitle: c.infoTitle,
      infoDescription: c.infoDescription,
      facts: c.facts,
    })
    .from(c)
    .innerJoin(schema.applicants, eq(schema.applicants.id, c.applicantId))
    .leftJoin(schema.users, eq(schema.users.id, c.citizenUserId))
    .where("caseId" in where ? eq(c.id, where.caseId) : eq(c.trackingNumber, where.trackingNumber.toUpperCase()))
    .limit(1);
  if (!row) return null;
  const [agency] = await db.select({ name: schema.agencySettings.name }).from(schema.agencySettings).limit(1);
  return {
    caseId: row.caseId,
    trackingNumber: row.trackingNumber,
    citizenUserId: row.citizenUserId,
    citizenLocale: row.citizenLocale ?? null,
    applicantName: row.applicantName,
    applicantEmail: row.applicantEmail,
    receivedAt: row.receivedAt,
    dueDate: row.dueDate,
    information: informationSummary(row.infoTitle, row.infoDescription),
    facts: (row.facts ?? {}) as StoredFacts,
    agencyName: agency?.name ?? "本机关",
  };
}

/** The values every template may use; event-specific ones (message, deadline …) are added by the caller. */
export function caseValues(ctx: CaseDocumentContext): Record<string, TemplateValue> {
  return {
    applicantName: ctx.applicantName,
    trackingNumber: ctx.trackingNumber,
    receivedAt: ctx.receivedAt,
    dueDate: ctx.dueDate,
    information: ctx.information,
    agencyName: ctx.agencyName,
    clarificationDate: ctx.facts.clarification?.requestedAt,
  };
}
