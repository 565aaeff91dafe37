import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Db } from "@/db";
import { errorSummary, safeErrorMessage } from "@/lib/errors";

export type JobDefinition = { name: string; intervalSeconds: number; run: (db: Db) => Promise<unknown> };

const instanceId = `${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
const LEASE_SECONDS = 300;

/** Registers the jobs (idempotent) and keeps their interval in step with the code. */
export async function ensureJobs(db: Db, jobs: readonly JobDefinition[]): Promise<void> {
  for (const job of jobs) {
    await db.execute(sql`
      insert into scheduled_jobs (name, interval_seconds) values (${job.name}, ${job.intervalSeconds})
      on conflict (name) do update set interval_seconds = excluded.interval_seconds`);
  }
}

/**
 * Claims every due job with FOR UPDATE SKIP LOCKED plus a lease, so across N instances each due run
 * happens once; a crashed instance's lease expires and another takes over.
 */
export async function runDueJobs(db: Db, jobs: readonly JobDefinition[]): Promise<string[]> {
  const names = jobs.map((j) => j.name);
  const claimed = rowsOf<{ name: string }>(
    await db.execute(sql`
      update scheduled_jobs set locked_by = ${instanceId}, locked_until = now() + make_interval(secs => ${LEASE_SECONDS}),
        last_started_at = now()
      where name in (
        select name from scheduled_jobs
        where name in (${sql.join(names.map((n) => sql`${n}`), sql`, `)})
          and next_run_at <= now() and (locked_until is null or locked_until < now())
        for update skip locked)
      returning name`),
  ).map((r) => r.name);

  for (const name of claimed) {
    const job = jobs.find((j) => j.name === name)!;
    let error: string | null = null;
    try {
      await job.run(db);
    } catch (e) {
      error = (e instanceof Error ? safeErrorMessage(e) : String(e)).slice(0, 500);
      console.error(`[jobs] ${name} failed: ${errorSummary(e)}`);
    }
    await db.execute(sql`
      update scheduled_jobs set locked_by = null, locked_until = null, last_finished_at = now(), last_error = ${error},
        run_count = run_count + 1, next_run_at = now() + make_interval(secs => interval_seconds)
      where name = ${name} and locked_by = ${instanceId}`);
  }
  return claimed;
}

type RunnerState = { timer?: NodeJS.Timeout; busy: boolean };
const g = globalThis as unknown as { __gongkaiJobs?: RunnerState };

/** Started once per process from instrumentation.ts; polls PostgreSQL for due jobs. */
export function startJobRunner(jobs: readonly JobDefinition[], pollMs: number): void {
  if (g.__gongkaiJobs) return;
  const state: RunnerState = { busy: false };
  g.__gongkaiJobs = state;
  let registered = false;
  const tick = async () => {
    if (state.busy) return;
    state.busy = true;
    try {
      const db = await getDb();
      if (!registered) {
        await ensureJobs(db, jobs);
        registered = true;
      }
      await runDueJobs(db, jobs);
    } catch (e) {
      // The database may be down; the next tick tries again.
      console.error(`[jobs] poll failed: ${errorSummary(e)}`);
    } finally {
      state.busy = false;
    }
  };
  state.timer = setInterval(tick, pollMs);
  state.timer.unref();
  void tick();
}
