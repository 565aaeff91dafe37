import "server-only";
import { asc, sql } from "drizzle-orm";
import { getDb, rowsOf, schema } from "@/db";

/** What the admin home shows: agency settings, departments, account counts, outbox counts. */
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
  const [accounts] = rowsOf<{ staff: number; citizens: number }>(
    await db.execute(sql`
      select count(*) filter (where roles && array['staff','supervisor','admin']::text[])::int as staff,
             count(*) filter (where not (roles && array['staff','supervisor','admin']::text[]))::int as citizens
      from users where disabled_at is null`),
  );
  const outbox = rowsOf<{ status: string; n: number }>(
    await db.execute(sql`select status, count(*)::int as n from mail_outbox group by status`),
  );
  const count = (s: string) => outbox.filter((r) => r.status === s).reduce((a, r) => a + Number(r.n), 0);
  return {
    settings: settings ?? null,
    departments,
    accounts: { staff: Number(accounts?.staff ?? 0), citizens: Number(accounts?.citizens ?? 0) },
    outbox: { queued: count("queued") + count("sending"), sent: count("sent"), failed: count("failed") },
  };
}
