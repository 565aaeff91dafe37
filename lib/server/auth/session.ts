import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { forbidden, redirect } from "next/navigation";
import { getDb, schema } from "@/db";
import { auth } from "@/lib/auth/auth";
import { can, type Capability } from "@/lib/auth/permissions";
import { isRole, type Role } from "@/lib/auth/roles";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
  locale: string | null;
};

/** The signed-in user, re-read from the database on every request: a disabled account or a role change counts at once. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: schema.users.id,
      email: schema.users.email,
      name: schema.users.name,
      roles: schema.users.roles,
      departmentId: schema.users.departmentId,
      locale: schema.users.locale,
      disabledAt: schema.users.disabledAt,
    })
    .from(schema.users)
    .where(eq(schema.users.id, id))
    .limit(1);
  if (!row || row.disabledAt) return null;
  return { ...row, roles: row.roles.filter(isRole) };
});

/** For pages and layouts: anonymous → sign-in; signed in without the right → 403 (app/forbidden.tsx). */
export async function requirePageCapability(capability: Capability, callbackPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!can(user.roles, capability)) forbidden();
  return user;
}
