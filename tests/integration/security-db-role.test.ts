import crypto from "node:crypto";
import fs from "node:fs";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { naturalPersonBody } from "../support/request-bodies";
import { startAppServer, type AppServer } from "../security/app-server";
import { randomIp } from "../security/http";
import { createScratchDatabase, npmRun, onPostgres } from "../security/scratch-db";

/**
 * The append-only audit log holds against the application itself when it runs, as README recommends, under a role
 * that does not own the tables: the GRANTs are read from README (so the documentation is what is tested) and applied
 * to a freshly migrated database; that role can write audit events but neither change, delete nor truncate them, nor
 * disable or drop the trigger — and the whole app works under it (a second server started with that role).
 */

const README_MARKER = "<!-- tested by tests/integration/security-db-role.test.ts -->";
const role = `gongkai_app_${crypto.randomBytes(4).toString("hex")}`;
const password = crypto.randomBytes(12).toString("hex");
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let owner: postgres.Sql;
let asApp: postgres.Sql;
let appUrl: string;
let app: AppServer | undefined;

/** The SQL block that follows the marker in README, with this test's role and database names. */
function readmeGrants(database: string): string {
  const readme = fs.readFileSync("README.md", "utf8");
  const at = readme.indexOf(README_MARKER);
  expect(at, "README has the application-role GRANTs block").toBeGreaterThan(0);
  const block = /```sql\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
  return block.replace(/\bgongkai_app\b/g, role).replace(/\bDATABASE gongkai\b/g, `DATABASE ${database}`);
}

describe.skipIf(!onPostgres)("the application's database role", () => {
  beforeAll(async () => {
    scratch = await createScratchDatabase("role");
    const migrated = await npmRun("db:migrate", [], { DATABASE_URL: scratch.url });
    expect(migrated.code, migrated.stderr).toBe(0);
    owner = postgres(scratch.url, { max: 1, onnotice: () => {} });
    await owner.unsafe(`create role ${role} login password '${password}'`);
    await owner.unsafe(readmeGrants(scratch.name));
    const url = new URL(scratch.url);
    url.username = role;
    url.password = password;
    appUrl = url.toString();
    asApp = postgres(appUrl, { max: 1, onnotice: () => {} });
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await asApp?.end({ timeout: 5 });
    await owner?.end({ timeout: 5 });
    await scratch?.drop();
    const admin = postgres(new URL("/postgres", process.env.DATABASE_URL!).toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop role if exists ${role}`).catch((e: Error) => console.error(`could not drop ${role}: ${e.message}`));
    await admin.end();
  });

  it("can append audit events but not change, delete or truncate them, nor disable or drop the trigger", async () => {
    const [row] = await asApp<{ id: string }[]>`insert into audit_events (actor_kind, action, entity_type) values ('system', 'user.created', 'test') returning id`;
    expect(row?.id).toBeTruthy();
    const refusals = [
      `update audit_events set action = 'tampered' where id = ${row!.id}`,
      `delete from audit_events where id = ${row!.id}`,
      "truncate audit_events",
      "alter table audit_events disable trigger audit_events_no_update_delete",
      "alter table audit_events disable trigger all",
      "drop trigger audit_events_no_update_delete on audit_events",
      "create or replace function audit_events_append_only() returns trigger language plpgsql as $$ begin return old; end $$",
      "alter table audit_events owner to current_user",
      "set session_replication_role = replica",
      "drop table audit_events",
    ];
    for (const statement of refusals) {
      await expect(asApp.unsafe(statement), statement).rejects.toThrow(/permission denied|must be owner|append-only/);
    }
    const [still] = await owner<{ action: string }[]>`select action from audit_events where id = ${row!.id}`;
    expect(still?.action).toBe("user.created");
  });

  it("cannot create objects or read outside the app's tables", async () => {
    await expect(asApp.unsafe("create table intruder (id int)")).rejects.toThrow(/permission denied/);
    await expect(asApp.unsafe("create schema intruder")).rejects.toThrow(/permission denied/);
    await expect(asApp.unsafe("select * from pg_authid")).rejects.toThrow(/permission denied/);
  });

  it("runs the whole app: start-up migrations are a no-op, and a request is filed, audited and mailed", async () => {
    const noop = await npmRun("db:migrate", [], { DATABASE_URL: appUrl });
    expect(noop.code, noop.stderr).toBe(0);
    app = await startAppServer({ DATABASE_URL: appUrl, JOBS_ENABLED: "1", JOBS_POLL_INTERVAL_MS: "250" });
    const res = await fetch(`${app.baseUrl}/api/v1/requests`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": randomIp(), "idempotency-key": "role-test" },
      body: JSON.stringify(naturalPersonBody()),
    });
    const body = await res.text();
    expect(res.status, body).toBe(201);
    const { trackingNumber } = JSON.parse(body) as { trackingNumber: string };
    const [c] = await owner<{ events: number; mails: number }[]>`
      select (select count(*)::int from audit_events e where e.case_id = c.id) as events,
             (select count(*)::int from mail_outbox m where m.case_id = c.id) as mails
      from cases c where c.tracking_number = ${trackingNumber}`;
    expect(c?.events).toBeGreaterThanOrEqual(2);
    expect(c?.mails).toBeGreaterThanOrEqual(1);
    // The job runner registers and runs its jobs under the role too.
    await expect.poll(async () => (await owner<{ n: number }[]>`select count(*)::int as n from scheduled_jobs where run_count > 0`)[0]!.n, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(app.log()).not.toMatch(/permission denied/);
  }, 90_000);
});
