import "server-only";
import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb, schema, type Db } from "@/db";
import { isRole, type Role } from "@/lib/auth/roles";

export type AdminUserRow = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
  departmentName: string | null;
  disabledAt: Date | null;
  createdAt: Date;
};

export const USER_LIST_LIMIT = 200;

/** `%` and `_` typed in a search box are literal characters, not wildcards. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const STAFF_ROLES_SQL = sql`array['staff','supervisor','admin']::text[]`;

/**
 * Accounts for the admin list (never a password hash): staff, supervisor and admin accounts, or citizens
 * apart; searched by name or e-mail. One more row than the limit tells the page there are more.
 */
export async function listUsers(opts: { kind: "staff" | "citizens"; q?: string }, given?: Db): Promise<{ users: AdminUserRow[]; more: boolean }> {
  const db = given ?? (await getDb());
  const u = schema.users;
  const filters: SQL[] = [opts.kind === "staff" ? sql`${u.roles} && ${STAFF_ROLES_SQL}` : sql`not (${u.roles} && ${STAFF_ROLES_SQL})`];
  if (opts.q) filters.push(or(ilike(u.name, likePattern(opts.q)), ilike(u.email, likePattern(opts.q)))!);
  const rows = await db
    .select({
      id: u.id,
      email: u.email,
      name: u.name,
      roles: u.roles,
      departmentId: u.departmentId,
      departmentName: schema.departments.name,
      disabledAt: u.disabledAt,
      createdAt: u.createdAt,
    })
    .from(u)
    .leftJoin(schema.departments, eq(schema.departments.id, u.departmentId))
    .where(and(...filters))
    .orderBy(asc(u.name), asc(u.email))
    .limit(USER_LIST_LIMIT + 1);
  return {
    users: rows.slice(0, USER_LIST_LIMIT).map((r) => ({ ...r, roles: r.roles.filter(isRole) })),
    more: rows.length > USER_LIST_LIMIT,
  };
}

/** One account for its admin page. */
export async function getUserForAdmin(id: string, given?: Db): Promise<AdminUserRow | null> {
  const db = given ?? (await getDb());
  const u = schema.users;
  const [row] = await db
    .select({
      id: u.id,
      email: u.email,
      name: u.name,
      roles: u.roles,
      departmentId: u.departmentId,
      departmentName: schema.departments.name,
      disabledAt: u.disabledAt,
      createdAt: u.createdAt,
    })
    .from(u)
    .leftJoin(schema.departments, eq(schema.departments.id, u.departmentId))
    .where(eq(u.id, id))
    .limit(1);
  return row ? { ...row, roles: row.roles.filter(isRole) } : null;
}

/** Whether the account is a staff-side one (staff, supervisor or admin) rather than a citizen's. */
export function isStaffAccount(roles: readonly string[]): boolean {
  return roles.some((r) => r === "staff" || r === "supervisor" || r === "admin");
}
