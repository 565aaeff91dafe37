import { and, asc, eq, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { addWorkingDays } from "@/lib/domain/calendar";
import { isIsoCalendarDate, normalizeResidentId, isValidResidentId, isValidCreditCode, normalizeCreditCode } from "@/lib/domain/identity";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { dataKeys, type KeySet } from "@/lib/server/crypto/keys";
import { blindIndex } from "@/lib/server/crypto/personal-data";

export const OPEN_CASE_STATUSES = ["received", "awaiting_clarification", "awaiting_fee"] as const;
/**
 * `status in ('received', …)` as literal constants, not parameters: the open-case queue index
 * (cases_open_queue_idx, migration 0008) is partial on exactly this predicate, and only constants let the
 * planner use it in a cached generic plan too.
 */
const OPEN_STATUS_LIST = sql.raw(`(${OPEN_CASE_STATUSES.map((s) => `'${s}'`).join(", ")})`);

export type CaseListFilters = {
  status?: string;
  overdue?: boolean;
  year?: number;
  assigneeId?: string;
  departmentId?: string;
  channel?: string;
  applicantType?: string;
  /** Open cases due within this many working days from today (overdue ones included). */
  dueWithinWorkingDays?: number;
  /** Tracking number, applicant name, description; an exact ID number or credit code through the blind index. */
  q?: string;
  cursor?: string;
  limit?: number;
};

export type CaseListItem = {
  trackingNumber: string;
  status: string;
  version: number;
  channel: string;
  receivedAt: string;
  dueDate: string | null;
  dueDateProvisional: boolean;
  overdue: boolean;
  applicantType: string;
  applicantName: string;
  idNumberMasked: string | null;
  infoTitle: string | null;
  /** The start of the description (for lists). */
  infoSnippet: string;
  outcome: string | null;
  reasonCode: string | null;
  repliedAt: string | null;
  assigneeName: string | null;
  departmentName: string | null;
};

type Cursor = { d: string | null; t: string };
function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}
function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    // Both go into SQL: a date and a tracking number, nothing else (a forged cursor is ignored, not a 500).
    if (typeof c.t !== "string" || !/^[A-Z0-9-]{1,40}$/.test(c.t)) return null;
    if (c.d !== null && (typeof c.d !== "string" || !isIsoCalendarDate(c.d))) return null;
    return c;
  } catch {
    return null;
  }
}

/** Conditions shared by the list and its counts (the same definition produces both). */
export async function caseConditions(db: Db, f: CaseListFilters, today: string): Promise<SQL[]> {
  const c = schema.cases;
  const where: SQL[] = [];
  if (f.status) where.push(eq(c.status, f.status));
  if (f.overdue) where.push(and(sql`${c.status} in ${OPEN_STATUS_LIST}`, lt(c.dueDate, today))!);
  if (f.overdue === false) where.push(or(sql`${c.status} not in ${OPEN_STATUS_LIST}`, isNull(c.dueDate), sql`${c.dueDate} >= ${today}`)!);
  if (f.year) where.push(and(sql`${c.receivedAt} >= ${`${f.year}-01-01`}`, sql`${c.receivedAt} <= ${`${f.year}-12-31`}`)!);
  if (f.assigneeId) where.push(eq(c.assigneeId, f.assigneeId));
  if (f.departmentId) where.push(eq(c.departmentId, f.departmentId));
  if (f.channel) where.push(eq(c.channel, f.channel));
  if (f.applicantType) where.push(eq(schema.applicants.type, f.applicantType));
  if (f.dueWithinWorkingDays !== undefined) {
    const cal = await loadWorkCalendar(db);
    const limit = addWorkingDays(cal, today, f.dueWithinWorkingDays).date;
    where.push(and(sql`${c.status} in ${OPEN_STATUS_LIST}`, lte(c.dueDate, limit))!);
  }
  const q = f.q?.trim();
  if (q) {
    const idCandidates: string[] = [];
    const compact = q.replace(/\s/g, "").toUpperCase();
    // During a key rotation rows indexed under the previous key are found too (README, "Rotating DATA_ENCRYPTION_KEY").
    const { current, previous } = dataKeys();
    const keys = [current, previous].filter((k): k is KeySet => k !== null);
    if (isValidResidentId(compact)) idCandidates.push(...keys.map((k) => blindIndex(normalizeResidentId(compact), k)));
    if (isValidCreditCode(compact)) idCandidates.push(...keys.map((k) => blindIndex(normalizeCreditCode(compact), k)));
    // An exact ID number or credit code is searched through its blind index only: the plaintext never leaves the
    // process (not as a LIKE pattern, not in a failed query's log line).
    if (idCandidates.length) {
      where.push(or(inArray(schema.applicants.idNumberIndex, idCandidates), inArray(schema.applicants.creditCodeIndex, idCandidates))!);
      return where;
    }
    const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const text = or(
      sql`${c.trackingNumber} ilike ${like}`,
      sql`${schema.applicants.name} ilike ${like}`,
      sql`${c.infoDescription} ilike ${like}`,
      sql`${c.infoTitle} ilike ${like}`,
    )!;
    where.push(text);
  }
  return where;
}

/** The staff queue: filters, sorted by due date (then tracking number), keyset-paginated. */
export async function listCases(db: Db, f: CaseListFilters, today: string): Promise<{ items: CaseListItem[]; nextCursor: string | null }> {
  const c = schema.cases;
  const limit = Math.min(f.limit ?? 50, 200);
  const where = await caseConditions(db, f, today);
  const cursor = decodeCursor(f.cursor);
  // Nulls (no due date: finished cases) sort last; the cursor continues after (dueDate, trackingNumber).
  const dueKey = sql`coalesce(${c.dueDate}, '9999-12-31'::date)`;
  if (cursor) {
    const d = cursor.d ?? "9999-12-31";
    // A row comparison (not the equivalent OR) is one index range: the 50th page starts where the 49th ended.
    where.push(sql`(${dueKey}, ${c.trackingNumber}) > (${d}::date, ${cursor.t})`);
  }
  const assignee = sql<string | null>`(select name from users u where u.id = ${c.assigneeId})`;
  const department = sql<string | null>`(select name from departments d where d.id = ${c.departmentId})`;
  const rows = await db
    .select({
      trackingNumber: c.trackingNumber,
      status: c.status,
      version: c.version,
      channel: c.channel,
      receivedAt: c.receivedAt,
      dueDate: c.dueDate,
      dueDateProvisional: c.dueDateProvisional,
      applicantType: schema.applicants.type,
      applicantName: schema.applicants.name,
      idNumberMasked: schema.applicants.idNumberMasked,
      infoTitle: c.infoTitle,
      infoSnippet: sql<string>`left(${c.infoDescription}, 120)`,
      outcome: c.outcome,
      reasonCode: c.reasonCode,
      repliedAt: c.repliedAt,
      assigneeName: assignee,
      departmentName: department,
    })
    .from(c)
    .innerJoin(schema.applicants, eq(schema.applicants.id, c.applicantId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(dueKey), asc(c.trackingNumber))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map((r) => ({
    ...r,
    overdue: (OPEN_CASE_STATUSES as readonly string[]).includes(r.status) && r.dueDate !== null && r.dueDate < today,
  }));
  const last = page[page.length - 1];
  return { items: page, nextCursor: rows.length > limit && last ? encodeCursor({ d: last.dueDate, t: last.trackingNumber }) : null };
}

/** How many cases match the filters (for the counts beside each filter). */
export async function countCases(db: Db, f: CaseListFilters, today: string): Promise<number> {
  const where = await caseConditions(db, f, today);
  const condition = where.length ? and(...where) : undefined;
  // Every case has exactly one applicant (applicant_id is NOT NULL with a foreign key), so the join changes no
  // count: it is made only for the filters that read the applicant. Without it, counts are index-only scans.
  const needsApplicant = !!f.applicantType || !!f.q?.trim();
  const base = db.select({ n: sql<number>`count(*)::int` }).from(schema.cases);
  const [row] = needsApplicant
    ? await base.innerJoin(schema.applicants, eq(schema.applicants.id, schema.cases.applicantId)).where(condition)
    : await base.where(condition);
  return Number(row?.n ?? 0);
}
