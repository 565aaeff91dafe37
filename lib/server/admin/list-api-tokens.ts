import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb, schema, type Db } from "@/db";

export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  ownerEmail: string;
  ownerName: string;
  ownerDisabled: boolean;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  expired: boolean;
};

export const TOKEN_LIST_LIMIT = 500;

/** Tokens for the admin list, newest first: only the prefix of each secret (the rest was never stored). */
export async function listApiTokens(given?: Db): Promise<ApiTokenRow[]> {
  const db = given ?? (await getDb());
  const t = schema.apiTokens;
  const u = schema.users;
  const rows = await db
    .select({
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      ownerEmail: u.email,
      ownerName: u.name,
      ownerDisabledAt: u.disabledAt,
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      lastUsedAt: t.lastUsedAt,
      revokedAt: t.revokedAt,
      expired: sql<boolean>`coalesce(${t.expiresAt} <= now(), false)`,
    })
    .from(t)
    .innerJoin(u, eq(u.id, t.userId))
    .orderBy(desc(t.createdAt))
    .limit(TOKEN_LIST_LIMIT);
  return rows.map(({ ownerDisabledAt, ...r }) => ({ ...r, ownerDisabled: ownerDisabledAt !== null }));
}
