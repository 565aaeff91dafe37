import "server-only";
import { asc, sql } from "drizzle-orm";
import { getDb, rowsOf, schema } from "@/db";

/** What the admin home shows: agency settings, departments, users (no hashes), outbox counts. */
export async function getAdminOverview() {
  const db = await getDb();
  const [settings] = await db
    .select({ name: schema.agencySettings.name, trackingPrefix: schema.agencySettings.trackingPrefix })
    .from(schema.agencySettings)
    .limit(1);
  const departments = await db
    .select({ id: schema.departments.id, name: schema.departments.name, parentId: schema.departments.parentId })
    .from(schema.departments)
    .orderBy(asc(schema.departments.sortOrder), asc(schema.departments.name));
  const users = await db
    .select({
      id: schema.users.id,
      email: schema.users.email,
      name: schema.users.name,
      roles: schema.users.roles,
      disabledAt: schema.users.disabledAt,
    })
    .from(schema.users)
    .orderBy(asc(schema.users.email))
    .limit(200);
  const outbox = rowsOf<{ status: string; n: number }>(
    await db.execute(sql`select status, count(*)::int as n from mail_outbox group by status`),
  );
  const count = (s: string) => outbox.filter((r) => r.status === s).reduce((a, r) => a + Number(r.n), 0);
  return {
    settings: settings ?? null,
    departments,
    users,
    outbox: { queued: count("queued") + count("sending"), sent: count("sent"), failed: count("failed") },
  };
}
