import "server-only";
import { and, desc, eq, gte, ilike, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, schema, type Db } from "@/db";
import type { AuditFilter } from "@/lib/validation/admin";
import { likePattern } from "./list-users";

export type AuditEventRow = {
  id: number;
  at: Date;
  actorKind: string;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  trackingNumber: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

const actor = alias(schema.users, "actor");

/** Midnight of a Shanghai calendar date as a timestamp. */
const shanghaiMidnight = (date: string) => sql`((${date})::date)::timestamp at time zone 'Asia/Shanghai'`;

function whereOf(f: AuditFilter): SQL | undefined {
  const e = schema.auditEvents;
  const parts: (SQL | undefined)[] = [
    f.actor ? ilike(actor.email, likePattern(f.actor)) : undefined,
    f.case ? eq(schema.cases.trackingNumber, f.case) : undefined,
    f.action ? eq(e.action, f.action) : undefined,
    f.from ? gte(e.at, shanghaiMidnight(f.from)) : undefined,
    f.to ? lt(e.at, sql`${shanghaiMidnight(f.to)} + interval '1 day'`) : undefined,
    f.before ? lt(e.id, f.before) : undefined,
  ];
  return and(...parts.filter((p): p is SQL => p !== undefined));
}

/**
 * Audit events matching the filter, newest first, `limit` at a time. Keyset pagination on the id (`before`):
 * stable while new events arrive, and as fast on page 1000 as on page 1.
 */
export async function listAuditEvents(filter: AuditFilter, limit: number, given?: Db): Promise<{ events: AuditEventRow[]; nextBefore: number | null }> {
  const db = given ?? (await getDb());
  const e = schema.auditEvents;
  const rows = await db
    .select({
      id: e.id,
      at: e.at,
      actorKind: e.actorKind,
      actorEmail: actor.email,
      actorName: actor.name,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      trackingNumber: schema.cases.trackingNumber,
      before: e.before,
      after: e.after,
      requestId: e.requestId,
    })
    .from(e)
    .leftJoin(actor, eq(actor.id, e.actorUserId))
    .leftJoin(schema.cases, eq(schema.cases.id, e.caseId))
    .where(whereOf(filter))
    .orderBy(desc(e.id))
    .limit(limit + 1);
  const events = rows.slice(0, limit);
  return { events, nextBefore: rows.length > limit ? (events[events.length - 1]?.id ?? null) : null };
}

/** The distinct action names recorded so far, for the filter's list. */
export async function listAuditActions(given?: Db): Promise<string[]> {
  const db = given ?? (await getDb());
  const e = schema.auditEvents;
  const rows = await db.selectDistinct({ action: e.action }).from(e).orderBy(e.action);
  return rows.map((r) => r.action);
}
