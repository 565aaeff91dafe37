import "server-only";
import { and, asc, eq, isNotNull, isNull, lte, notExists, sql } from "drizzle-orm";
import { schema, type DbOrTx } from "@/db";
import { informationSummary } from "@/lib/domain/documents";
import { OPEN_CASE_STATUSES } from "./list-cases";

/** At most this many cases are listed in one digest; the rest are counted and left to the queue link. */
export const DUE_DIGEST_MAX_ITEMS = 50;

export type DueDigestRecipient = { userId: string; email: string; name: string; locale: string | null };

export type DueDigestItem = { trackingNumber: string; title: string; dueDate: string; provisional: boolean; overdue: boolean };

export type DueDigestCases = { overdue: number; dueSoon: number; items: DueDigestItem[] };

const c = schema.cases;
const u = schema.users;

/** Open, with a running clock, due by `limit` (overdue included), assigned to an enabled case worker. */
function dueCaseConditions(limit: string) {
  return [
    sql`${c.status} in ${sql.raw(`(${OPEN_CASE_STATUSES.map((s) => `'${s}'`).join(", ")})`)}`,
    isNotNull(c.dueDate),
    lte(c.dueDate, limit),
    isNotNull(c.assigneeId),
    isNull(u.disabledAt),
    // A user who lost the staff role no longer reads cases, so is no longer told about them either.
    sql`${u.roles} && array['staff','supervisor']::text[]`,
  ];
}

/** Assignees with at least one case due by `limit` who have not had today's digest yet. */
export async function listDueDigestRecipients(db: DbOrTx, day: string, limit: string): Promise<DueDigestRecipient[]> {
  const sent = schema.dueDigestSends;
  return db
    .selectDistinct({ userId: u.id, email: u.email, name: u.name, locale: u.locale })
    .from(c)
    .innerJoin(u, eq(u.id, c.assigneeId))
    .where(
      and(
        ...dueCaseConditions(limit),
        notExists(db.select({ one: sql`1` }).from(sent).where(and(eq(sent.userId, u.id), eq(sent.day, day)))),
      ),
    )
    .orderBy(asc(u.id));
}

/** One assignee's own cases due by `limit` — never anyone else's — soonest first, with the totals. */
export async function listDueDigestCases(db: DbOrTx, userId: string, today: string, limit: string): Promise<DueDigestCases> {
  const where = and(eq(c.assigneeId, userId), ...dueCaseConditions(limit));
  const [counts] = await db
    .select({
      overdue: sql<number>`count(*) filter (where ${c.dueDate} < ${today}::date)`.mapWith(Number),
      dueSoon: sql<number>`count(*) filter (where ${c.dueDate} >= ${today}::date)`.mapWith(Number),
    })
    .from(c)
    .innerJoin(u, eq(u.id, c.assigneeId))
    .where(where);
  const rows = await db
    .select({ trackingNumber: c.trackingNumber, infoTitle: c.infoTitle, infoDescription: c.infoDescription, dueDate: c.dueDate, provisional: c.dueDateProvisional })
    .from(c)
    .innerJoin(u, eq(u.id, c.assigneeId))
    .where(where)
    .orderBy(asc(c.dueDate), asc(c.trackingNumber))
    .limit(DUE_DIGEST_MAX_ITEMS);
  return {
    overdue: counts?.overdue ?? 0,
    dueSoon: counts?.dueSoon ?? 0,
    items: rows.map((r) => ({
      trackingNumber: r.trackingNumber,
      title: informationSummary(r.infoTitle, r.infoDescription, 60),
      dueDate: r.dueDate!,
      provisional: r.provisional,
      overdue: r.dueDate! < today,
    })),
  };
}
