import { eq } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { verifyQueryCode } from "@/lib/server/crypto/query-code";

export type LookedUpRequest = {
  caseId: string;
  trackingNumber: string;
  status: string;
  receivedAt: string;
  dueDate: string | null;
  dueDateProvisional: boolean;
  outcome: string | null;
  reasonCode: string | null;
  repliedAt: string | null;
  endingCode: string | null;
  endedAt: string | null;
};

export function normalizeTrackingNumber(input: string): string {
  return input.trim().toUpperCase();
}

/**
 * Tracking number + query code → the case, or null. An unknown number and a wrong code are
 * indistinguishable to the caller (same null, same work: the HMAC is computed either way).
 */
export async function lookupRequest(db: Db, trackingNumber: string, queryCode: string): Promise<LookedUpRequest | null> {
  const normalized = normalizeTrackingNumber(trackingNumber);
  const rows =
    normalized.length > 40 || queryCode.length > 64
      ? []
      : await db
          .select({
            caseId: schema.cases.id,
            trackingNumber: schema.cases.trackingNumber,
            queryCodeHash: schema.cases.queryCodeHash,
            status: schema.cases.status,
            receivedAt: schema.cases.receivedAt,
            dueDate: schema.cases.dueDate,
            dueDateProvisional: schema.cases.dueDateProvisional,
            outcome: schema.cases.outcome,
            reasonCode: schema.cases.reasonCode,
            repliedAt: schema.cases.repliedAt,
            endingCode: schema.cases.endingCode,
            endedAt: schema.cases.endedAt,
          })
          .from(schema.cases)
          .where(eq(schema.cases.trackingNumber, normalized))
          .limit(1);
  const row = rows[0];
  const ok = verifyQueryCode(queryCode, row?.queryCodeHash ?? null);
  if (!row || !ok) return null;
  const { queryCodeHash: _hash, ...found } = row;
  return found;
}
