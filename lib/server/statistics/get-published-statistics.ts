import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { type DbOrTx, schema } from "@/db";
import type { StatisticsScope } from "./compute-cells";
import type { Publication, PublishedSnapshot } from "./published-snapshot";

export type PublishedStatistics = Publication & { snapshot: PublishedSnapshot };

function scopeWhere(scope: StatisticsScope) {
  const p = schema.statisticsPublications;
  return and(eq(p.year, scope.year), scope.departmentId ? eq(p.departmentId, scope.departmentId) : isNull(p.departmentId));
}

const p = schema.statisticsPublications;
const publicationColumns = {
  id: p.id,
  year: p.year,
  departmentId: p.departmentId,
  version: p.version,
  publishedAt: p.publishedAt,
  publishedById: p.publishedBy,
  publishedByName: schema.users.name,
};

function toPublication(row: {
  id: string;
  year: number;
  departmentId: string | null;
  version: number;
  publishedAt: Date;
  publishedById: string | null;
  publishedByName: string | null;
}): Publication {
  return {
    id: row.id,
    year: row.year,
    departmentId: row.departmentId,
    version: row.version,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedById ? { id: row.publishedById, name: row.publishedByName ?? "" } : null,
  };
}

/** The frozen snapshot of the scope: the latest version, or the one asked for; null when never published. */
export async function getPublishedStatistics(db: DbOrTx, scope: StatisticsScope & { version?: number }): Promise<PublishedStatistics | null> {
  const [row] = await db
    .select({ ...publicationColumns, snapshot: p.snapshot })
    .from(p)
    .leftJoin(schema.users, eq(schema.users.id, p.publishedBy))
    .where(scope.version === undefined ? scopeWhere(scope) : and(scopeWhere(scope), eq(p.version, scope.version)))
    .orderBy(desc(p.version))
    .limit(1);
  return row ? { ...toPublication(row), snapshot: row.snapshot as PublishedSnapshot } : null;
}

/** Every publication of the scope, newest first, without the snapshots. */
export async function listPublications(db: DbOrTx, scope: StatisticsScope): Promise<Publication[]> {
  const rows = await db
    .select(publicationColumns)
    .from(p)
    .leftJoin(schema.users, eq(schema.users.id, p.publishedBy))
    .where(scopeWhere(scope))
    .orderBy(desc(p.version));
  return rows.map(toPublication);
}

/** Just the frozen numbers of the latest publication (not the id lists, which can be large): for "live differs?". */
export async function getPublishedValues(db: DbOrTx, scope: StatisticsScope): Promise<(Publication & { values: Record<string, number | null> }) | null> {
  const [row] = await db
    .select({ ...publicationColumns, values: sql<Record<string, number | null>>`${p.snapshot}->'values'` })
    .from(p)
    .leftJoin(schema.users, eq(schema.users.id, p.publishedBy))
    .where(scopeWhere(scope))
    .orderBy(desc(p.version))
    .limit(1);
  return row ? { ...toPublication(row), values: row.values ?? {} } : null;
}
