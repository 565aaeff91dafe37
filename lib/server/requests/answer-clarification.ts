import "server-only";
import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { todayInShanghai } from "@/lib/domain/identity";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/server/auth/session";
import { performCaseAction } from "@/lib/server/cases/perform-case-action";
import { fileStore } from "@/lib/server/storage/file-store";
import type { IncomingFile } from "./create-request";
import { grantedCaseId } from "./lookup-grant";

/**
 * The applicant answers the 补正 notice (text and files) from My requests or the status page: the supplement is
 * received today, which restarts the clock; text, files and the workflow step land in one transaction.
 */
export async function answerClarification(
  user: SessionUser | null,
  input: { trackingNumber: string; expectedVersion: number; text: string; files: IncomingFile[] },
) {
  const db = await getDb();
  const [row] = await db
    .select({ id: schema.cases.id, citizenUserId: schema.cases.citizenUserId })
    .from(schema.cases)
    .where(eq(schema.cases.trackingNumber, input.trackingNumber.toUpperCase()))
    .limit(1);
  const grant = await grantedCaseId();
  if (!row || !((user !== null && row.citizenUserId === user.id) || grant === row.id)) throw new AppError("not_found");
  return performCaseAction(
    db,
    {
      caseId: row.id,
      action: "receive_clarification",
      input: { receivedAt: todayInShanghai() },
      expectedVersion: input.expectedVersion,
      actor: user ? { kind: "user", userId: user.id } : { kind: "anonymous" },
      roles: ["applicant"],
    },
    async (tx, caseId) => {
      await tx.insert(schema.caseMessages).values({ caseId, kind: "clarification_supplement", body: input.text, authorKind: "applicant", authorUserId: user?.id ?? null });
      for (const file of input.files) {
        const stored = await fileStore().put(tx, file.bytes, file.contentType);
        await tx.insert(schema.caseFiles).values({ caseId, storedFileId: stored.id, kind: "supplement", fileName: file.fileName, contentType: file.contentType, size: stored.size, uploadedBy: user?.id ?? null });
      }
    },
  );
}
