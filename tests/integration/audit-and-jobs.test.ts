import { afterAll, describe, expect, it } from "vitest";
import { sql as dsql } from "drizzle-orm";
import { closeDb, getDb, rowsOf } from "@/db";
import { runDueJobs, ensureJobs, type JobDefinition } from "@/lib/server/jobs/runner";
import { closeSql, sql } from "../support/db";

afterAll(async () => {
  await closeSql();
  await closeDb();
});

describe("audit log", () => {
  it("is append-only: UPDATE, DELETE and TRUNCATE are refused by the database", async () => {
    const [row] = await sql()<{ id: string }[]>`
      insert into audit_events (actor_kind, action, entity_type) values ('system', 'user.created', 'test') returning id`;
    await expect(sql()`update audit_events set action = 'tampered' where id = ${row!.id}`).rejects.toThrow(/append-only/);
    await expect(sql()`delete from audit_events where id = ${row!.id}`).rejects.toThrow(/append-only/);
    await expect(sql()`truncate audit_events`).rejects.toThrow(/append-only/);
    const [still] = await sql()<{ action: string }[]>`select action from audit_events where id = ${row!.id}`;
    expect(still?.action).toBe("user.created");
  });
});

describe("job runner", () => {
  it("runs a due job once even when two instances poll at the same moment", async () => {
    const db = await getDb();
    const name = `test.once.${Date.now()}`;
    let runs = 0;
    const job: JobDefinition = {
      name,
      intervalSeconds: 3600,
      run: async () => {
        runs++;
        await new Promise((r) => setTimeout(r, 300));
      },
    };
    await ensureJobs(db, [job]);
    const [a, b] = await Promise.all([runDueJobs(db, [job]), runDueJobs(db, [job])]);
    expect([...a, ...b]).toEqual([name]);
    expect(runs).toBe(1);
    const [row] = rowsOf<{ run_count: number; next_run_at: Date; locked_by: string | null }>(
      await db.execute(dsql`select run_count, next_run_at, locked_by from scheduled_jobs where name = ${name}`),
    );
    expect(row?.run_count).toBe(1);
    expect(row?.locked_by).toBeNull();
    expect(new Date(row!.next_run_at).getTime()).toBeGreaterThan(Date.now() + 3500_000);
    // Not due again: a second poll does nothing.
    expect(await runDueJobs(db, [job])).toEqual([]);
  });

  it("records a failing job's error and schedules it again", async () => {
    const db = await getDb();
    const name = `test.fails.${Date.now()}`;
    const job: JobDefinition = { name, intervalSeconds: 60, run: async () => Promise.reject(new Error("boom")) };
    await ensureJobs(db, [job]);
    await runDueJobs(db, [job]);
    const [row] = await sql()<{ last_error: string; locked_by: string | null }[]>`select last_error, locked_by from scheduled_jobs where name = ${name}`;
    expect(row?.last_error).toBe("boom");
    expect(row?.locked_by).toBeNull();
  });

  it("the app's own jobs are registered and running in the server process", async () => {
    const rows = await sql()<{ name: string; run_count: number }[]>`select name, run_count from scheduled_jobs where name in ('mail.deliver', 'rate_limit.purge') order by name`;
    expect(rows.map((r) => r.name)).toEqual(["mail.deliver", "rate_limit.purge"]);
    expect(rows.find((r) => r.name === "mail.deliver")!.run_count).toBeGreaterThan(0);
  });
});
