import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/server/auth/session";
import { grantedCaseId } from "./lookup-grant";

/**
 * A file the caller may download: staff see every file; the applicant sees the files visible to them on
 * their own case (as its signed-in citizen, or through a query-code lookup grant). Null otherwise.
 */
export async function authorizeFileDownload(fileId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(fileId)) return null;
  const db = await getDb();
  const [file] = await db
    .select({
      storedFileId: schema.caseFiles.storedFileId,
      fileName: schema.caseFiles.fileName,
      contentType: schema.caseFiles.contentType,
      visible: schema.caseFiles.visibleToApplicant,
      caseId: schema.caseFiles.caseId,
      citizenUserId: schema.cases.citizenUserId,
    })
    .from(schema.caseFiles)
    .innerJoin(schema.cases, eq(schema.cases.id, schema.caseFiles.caseId))
    .where(and(eq(schema.caseFiles.id, fileId)))
    .limit(1);
  if (!file) return null;
  const user = await getSessionUser();
  const isStaff = !!user && can(user.roles, "staff.use");
  const isOwner = !!user && file.citizenUserId === user.id;
  const hasGrant = (await grantedCaseId()) === file.caseId;
  if (isStaff || (file.visible && (isOwner || hasGrant))) return file;
  return null;
}
