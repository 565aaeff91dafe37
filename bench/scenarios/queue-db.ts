import { DUE_SOON_WORKING_DAYS } from "../../components/case/deadline-state";
import { CASE_STATUSES } from "../../lib/domain/workflow";
import { loadWorkCalendar } from "../../lib/server/calendar/load-work-calendar";
import { countCases, listCases } from "../../lib/server/cases/list-cases";
import { listDepartments } from "../../lib/server/organization/list-departments";
import { listCaseWorkers } from "../../lib/server/users/list-case-workers";
import { benchDatabaseUrl } from "../lib/bench-env";
import { capturingDb, explainAnalyze } from "../lib/capture-db";
import { alternate, ms, repeat, report } from "../lib/measure";
import { type RunContext, writeOut } from "./context";

/** The queue page's page size (app/staff/page.tsx). */
const PAGE_SIZE = 25;
const TARGET_MS = 20;

/**
 * The staff queue's database work for `/staff?overdue=1`: the list (first page and the 50th, reached through
 * the keyset cursor) and every other query the page runs (counts beside the filters, workers, departments,
 * calendar), each EXPLAINed. Baseline: the bare keyset query an ideal index answers, on the same connection pool.
 */
export async function runQueueDbScenario(ctx: RunContext): Promise<{ cursor50: string | null }> {
  const today = ctx.today;
  const { db, client, captured, close } = capturingDb(benchDatabaseUrl(ctx.database));
  try {
    console.log(`\n== Staff queue, database (overdue filter, due-date order, ${PAGE_SIZE} a page) ==`);
    const filters = { overdue: true, limit: PAGE_SIZE };
    let cursor: string | null = null;
    let cursor50: string | null = null;
    for (let page = 1; page < 50; page++) {
      const r = await listCases(db, { ...filters, cursor: cursor ?? undefined }, today);
      cursor = r.nextCursor;
      if (!cursor) break;
    }
    cursor50 = cursor;
    const [{ n: overdue } = { n: 0 }] = await client<{ n: number }[]>`
      select count(*)::int as n from cases where status in ('received','awaiting_clarification','awaiting_fee') and due_date < ${today}::date`;
    console.log(`  ${overdue} overdue cases; the 50th page ${cursor50 ? "exists" : "does NOT exist (fewer than 1,250 overdue)"}`);

    // Baseline: the bare keyset query (ids only: no join, no name lookups), same order, same indexes.
    const bare = (after: { d: string; t: string } | null) =>
      after
        ? client`select id, tracking_number, due_date from cases where status in ('received','awaiting_clarification','awaiting_fee') and due_date < ${today}::date
                 and (coalesce(due_date, '9999-12-31'::date), tracking_number) > (${after.d}::date, ${after.t})
                 order by coalesce(due_date, '9999-12-31'::date), tracking_number limit ${PAGE_SIZE + 1}`
        : client`select id, tracking_number, due_date from cases where status in ('received','awaiting_clarification','awaiting_fee') and due_date < ${today}::date
                 order by coalesce(due_date, '9999-12-31'::date), tracking_number limit ${PAGE_SIZE + 1}`;
    const after50 = cursor50 ? (JSON.parse(Buffer.from(cursor50, "base64url").toString("utf8")) as { d: string; t: string }) : null;
    const runs = ctx.quick ? 20 : 100;
    const first = await alternate(() => listCases(db, filters, today), () => bare(null), { warmup: 5, runs });
    const fiftieth = cursor50 ? await alternate(() => listCases(db, { ...filters, cursor: cursor50! }, today), () => bare(after50), { warmup: 5, runs }) : null;
    for (const [label, r] of [["first page", first], ["50th page", fiftieth]] as const) {
      if (!r) continue;
      console.log(`  listCases ${label}: median ${ms(r.candidate.median)} ms, p95 ${ms(r.candidate.p95)} ms; bare keyset query: median ${ms(r.baseline.median)} ms, p95 ${ms(r.baseline.p95)} ms (${runs} runs)`);
      report({
        scenario: `staff queue DB, ${label} (p95)`,
        figure: `${ms(r.candidate.p95)} ms (median ${ms(r.candidate.median)}; ${(r.candidate.median / r.baseline.median).toFixed(1)}× the bare keyset query)`,
        target: `≤ ${TARGET_MS} ms`,
        met: r.candidate.p95 <= TARGET_MS,
      });
    }

    // Everything else the page asks the database for, as app/staff/page.tsx does (all at once).
    const me = (await client<{ id: string }[]>`select id from users where 'staff' = any(roles) limit 1`)[0]?.id ?? "00000000-0000-0000-0000-000000000000";
    const pageQueries = () =>
      Promise.all([
        listCases(db, filters, today),
        ...CASE_STATUSES.map((s) => countCases(db, { overdue: true, status: s }, today)),
        countCases(db, { overdue: true }, today),
        countCases(db, { overdue: true, dueWithinWorkingDays: DUE_SOON_WORKING_DAYS }, today),
        countCases(db, { overdue: true, assigneeId: me }, today),
        listCaseWorkers(db),
        listDepartments(db),
        loadWorkCalendar(db),
      ]);
    const whole = await repeat(pageQueries, { warmup: 3, runs: ctx.quick ? 10 : 40 });
    report({ scenario: "staff queue page, all its DB queries together", figure: `p95 ${ms(whole.p95)} ms (median ${ms(whole.median)})`, target: "info (inside the page's 150 ms)", met: null });

    // EXPLAIN (ANALYZE, BUFFERS) of each distinct statement: the two list pages, then the page's others.
    captured.length = 0;
    await listCases(db, filters, today);
    if (cursor50) await listCases(db, { ...filters, cursor: cursor50 }, today);
    const listStatements = captured.splice(0);
    await pageQueries();
    const seen = new Set(listStatements.map((q) => q.sql + JSON.stringify(q.params)));
    const others = captured.filter((q) => !seen.has(q.sql + JSON.stringify(q.params)) && seen.add(q.sql + JSON.stringify(q.params)));
    const sections: string[] = [];
    const labels = ["listCases, first page", "listCases, 50th page"];
    for (const [i, q] of listStatements.entries()) sections.push(`-- ${labels[i] ?? "listCases"}\n-- ${q.sql}\n-- params ${JSON.stringify(q.params)}\n${await explainAnalyze(client, q)}\n`);
    for (const q of others) {
      const plan = await explainAnalyze(client, q);
      const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
      sections.push(`-- page query (${time} ms)\n-- ${q.sql}\n-- params ${JSON.stringify(q.params)}\n${plan}\n`);
    }
    console.log(`  EXPLAIN (ANALYZE, BUFFERS) of ${listStatements.length + others.length} statements: ${writeOut(ctx, "explain-queue.txt", sections.join("\n"))}`);
    return { cursor50 };
  } finally {
    await close();
  }
}
