import type { Db } from "@/db";
import { isRowDataError } from "@/lib/server/db-errors";
import { insertNewCases, type AssignedNumbers, type NewCaseRows } from "./insert-new-cases";
import { loadIntakeContext, type IntakeContext } from "./load-intake-context";

type Written = { rows: NewCaseRows; numbers: AssignedNumbers };
type Job = { build: (ctx: IntakeContext) => NewCaseRows; resolve: (w: Written) => void; reject: (e: unknown) => void };
type Queue = { pending: Job[]; draining: boolean };

/** Bounds one statement: about 5 KB of JSON per case, in one parameter per table. */
const MAX_BATCH = 100;
const queues = new WeakMap<Db, Queue>();

/**
 * Writes a new case together with the others submitted at the same moment. Every case takes the year's counter
 * row and waits for its commit to reach the disk (a few ms here) while holding it, so one statement per case
 * would make submissions take turns at the disk's pace; instead, while one batch is being written, the next
 * submissions queue and then go out as one batch: one context read, one statement, one commit. A lone
 * submission is written at once (no timer). Rows are built from the context read for their batch.
 */
export function writeInBatch(db: Db, build: (ctx: IntakeContext) => NewCaseRows): Promise<Written> {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { pending: [], draining: false }));
  const q = queue;
  return new Promise<Written>((resolve, reject) => {
    q.pending.push({ build, resolve, reject });
    if (!q.draining) void drain(db, q);
  });
}

async function drain(db: Db, q: Queue): Promise<void> {
  q.draining = true;
  try {
    while (q.pending.length > 0) await writeBatch(db, q.pending.splice(0, MAX_BATCH));
  } finally {
    q.draining = false;
  }
}

async function writeBatch(db: Db, jobs: Job[]): Promise<void> {
  let ctx: IntakeContext;
  try {
    ctx = await loadIntakeContext(db);
  } catch (e) {
    for (const job of jobs) job.reject(e);
    return;
  }
  // One statement per prefix and year (they differ only around midnight of 31 December, or an admin's change).
  const groups = new Map<string, { job: Job; rows: NewCaseRows }[]>();
  for (const job of jobs) {
    try {
      const rows = job.build(ctx);
      const key = `${rows.prefix}|${rows.year}`;
      groups.set(key, [...(groups.get(key) ?? []), { job, rows }]);
    } catch (e) {
      job.reject(e);
    }
  }
  for (const group of groups.values()) {
    try {
      const numbers = await insertNewCases(db, group.map((g) => g.rows));
      group.forEach((g, i) => g.job.resolve({ rows: g.rows, numbers: numbers[i]! }));
    } catch (e) {
      if (group.length === 1 || !isRowDataError(e)) {
        for (const g of group) g.job.reject(e);
        continue;
      }
      // One case's data failed the batch: write each alone, so only that one fails.
      for (const g of group) {
        try {
          const [numbers] = await insertNewCases(db, [g.rows]);
          g.job.resolve({ rows: g.rows, numbers: numbers! });
        } catch (single) {
          g.job.reject(single);
        }
      }
    }
  }
}
