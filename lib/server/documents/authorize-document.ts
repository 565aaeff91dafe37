import "server-only";
import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/server/auth/session";
import { grantedCaseId } from "@/lib/server/requests/lookup-grant";

export type ViewableDocument = NonNullable<Awaited<ReturnType<typeof loadDocument>>>;

function loadDocument(documentId: string) {
  return getDb().then((db) =>
    db
      .select({
        id: schema.caseDocuments.id,
        caseId: schema.caseDocuments.caseId,
        kind: schema.caseDocuments.kind,
        documentNumber: schema.caseDocuments.documentNumber,
        title: schema.caseDocuments.title,
        body: schema.caseDocuments.body,
        agencyName: schema.caseDocuments.agencyName,
        issuedOn: schema.caseDocuments.issuedOn,
        visibleToApplicant: schema.caseDocuments.visibleToApplicant,
        trackingNumber: schema.cases.trackingNumber,
        citizenUserId: schema.cases.citizenUserId,
      })
      .from(schema.caseDocuments)
      .innerJoin(schema.cases, eq(schema.cases.id, schema.caseDocuments.caseId))
      .where(eq(schema.caseDocuments.id, documentId))
      .limit(1)
      .then((rows) => rows[0] ?? null),
  );
}

/**
 * A document the caller may read, or null (→ the same 404 for "no such document" and "not yours"). Staff see
 * every document; the applicant sees the documents addressed to them on their own case — as the signed-in
 * citizen who filed it, or holding the status lookup's grant for it (the rule of authorize-file.ts).
 * `principal` is an API token's owner; without one the session is asked.
 */
export async function authorizeDocumentView(documentId: string, principal?: { userId: string; roles: readonly Role[] } | null): Promise<ViewableDocument | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(documentId)) return null;
  const doc = await loadDocument(documentId);
  if (!doc) return null;
  const user = principal ?? (await getSessionUser().then((u) => (u ? { userId: u.id, roles: u.roles } : null)));
  if (user && can(user.roles, "staff.use")) return doc;
  if (!doc.visibleToApplicant) return null;
  const isOwner = !!user && doc.citizenUserId === user.userId;
  if (isOwner || (await grantedCaseId()) === doc.caseId) return doc;
  return null;
}
