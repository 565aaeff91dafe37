import "server-only";
import { eq } from "drizzle-orm";
import { type DbOrTx, schema } from "@/db";
import type { AppealKind, AppealResult } from "@/lib/domain/statistics";
import { AppError } from "@/lib/errors";

/** An appeal as the API and the case page show it. */
export type AppealView = {
  id: string;
  trackingNumber: string;
  kind: AppealKind;
  filedAt: string;
  result: AppealResult;
  closedAt: string | null;
  afterUnsatisfactoryFirstHandling: boolean;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export const appealColumns = {
  id: schema.appeals.id,
  kind: schema.appeals.kind,
  filedAt: schema.appeals.filedAt,
  result: schema.appeals.result,
  closedAt: schema.appeals.closedAt,
  afterUnsatisfactoryFirstHandling: schema.appeals.afterUnsatisfactoryFirstHandling,
  note: schema.appeals.note,
  version: schema.appeals.version,
  createdAt: schema.appeals.createdAt,
  updatedAt: schema.appeals.updatedAt,
};

type AppealRow = {
  id: string;
  kind: string;
  filedAt: string;
  result: string;
  closedAt: string | null;
  afterUnsatisfactoryFirstHandling: boolean;
  note: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export function toAppealView(trackingNumber: string, row: AppealRow): AppealView {
  return {
    id: row.id,
    trackingNumber,
    kind: row.kind as AppealKind,
    filedAt: row.filedAt,
    result: row.result as AppealResult,
    closedAt: row.closedAt,
    afterUnsatisfactoryFirstHandling: row.afterUnsatisfactoryFirstHandling,
    note: row.note,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The case an appeal belongs to, by tracking number (any case: 复议 may concern a missed deadline too); 404 if unknown. */
export async function findAppealCase(db: DbOrTx, trackingNumber: string): Promise<{ id: string; trackingNumber: string; receivedAt: string }> {
  const c = schema.cases;
  const [row] = await db
    .select({ id: c.id, trackingNumber: c.trackingNumber, receivedAt: c.receivedAt })
    .from(c)
    .where(eq(c.trackingNumber, trackingNumber.trim().toUpperCase()))
    .limit(1);
  if (!row) throw new AppError("not_found");
  return row;
}
