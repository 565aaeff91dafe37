import "server-only";
import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/server/auth/session";
import { performCaseAction } from "@/lib/server/cases/perform-case-action";
import { grantedCaseId } from "./lookup-grant";

/**
 * The applicant withdraws their own request: as the signed-in citizen who filed it, or holding a lookup grant
 * for it. Anyone else gets not_found (no hint that the number exists).
 */
export async function withdrawOwnRequest(user: SessionUser | null, trackingNumber: string, expectedVersion: number) {
  const db = await getDb();
  const [row] = await db
    .select({ id: schema.cases.id, citizenUserId: schema.cases.citizenUserId })
    .from(schema.cases)
    .where(eq(schema.cases.trackingNumber, trackingNumber))
    .limit(1);
  const grant = await grantedCaseId();
  const owns = !!row && ((user !== null && row.citizenUserId === user.id) || grant === row.id);
  if (!row || !owns) throw new AppError("not_found");
  return performCaseAction(db, {
    caseId: row.id,
    action: "withdraw",
    input: {},
    expectedVersion,
    actor: user ? { kind: "user", userId: user.id } : { kind: "anonymous" },
    roles: ["applicant"],
  });
}
