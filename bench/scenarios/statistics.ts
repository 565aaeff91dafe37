import { sql } from "drizzle-orm";
import { getReadDb, rowsOf, type Db } from "../../db";
import { yearBounds } from "../../lib/domain/statistics";
import { RESULT_CODES, TABLE3_COLUMNS } from "../../lib/domain/statistics/layout";
import { computeAnnualStatistics } from "../../lib/server/statistics/compute-annual-statistics";
import { cellValuesQuery, useReportingMemory } from "../../lib/server/statistics/compute-cells";
import { alternate, ms, report } from "../lib/measure";
import { type RunContext, writeOut } from "./context";

const TARGET_RATIO = 1.3;

/**
 * The baseline: what a competent engineer would write by hand for table 三 alone — one pass over the year's
 * cases joined to their applicants, grouped by applicant column, one FILTER per row. It runs in the product's
 * reporting transaction (read-only, repeatable read, useReportingMemory), so only the query design differs.
 */
function baselineQuery(year: number) {
  const { start, end } = yearBounds(year);
  const handled = sql.raw("coalesce(c.replied_at, c.ended_at)");
  const s = sql`${start}::date`;
  const e = sql`${end}::date`;
  const codes = RESULT_CODES.map((code, i) => sql`, count(*) filter (where ${handled} between ${s} and ${e} and coalesce(c.reason_code, c.ending_code) = ${code})::int as ${sql.raw(`r${i}`)}`);
  return sql`
    select case a.type when 'natural_person' then 'naturalPerson' else case a.organization_type
        when 'commercial' then 'commercial' when 'research' then 'research' when 'public_interest' then 'publicInterest'
        when 'legal_service' then 'legalService' else 'other' end end as col,
      count(*) filter (where c.received_at between ${s} and ${e})::int as new,
      count(*) filter (where c.received_at < ${s})::int as carried_over
      ${sql.join(codes, sql``)},
      count(*) filter (where ${handled} between ${s} and ${e})::int as handled,
      count(*) filter (where ${handled} is null or ${handled} > ${e})::int as carried_forward
    from cases c join applicants a on a.id = c.applicant_id
    where c.received_at <= ${e} and (${handled} is null or ${handled} >= ${s})
    group by 1`;
}

/** The product's reporting transaction (computeAnnualStatistics): same isolation, same session settings. */
async function inReportingTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await useReportingMemory(tx);
      return fn(tx as unknown as Db);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** Table 三 from the baseline's rows, keyed like the product's cell ids. */
function baselineCells(rows: Record<string, unknown>[]): Record<string, number> {
  const cells: Record<string, number> = {};
  const add = (row: string, column: string, n: number) => {
    cells[`format2021/table3/${row}/${column}`] = (cells[`format2021/table3/${row}/${column}`] ?? 0) + n;
    cells[`format2021/table3/${row}/total`] = (cells[`format2021/table3/${row}/total`] ?? 0) + n;
  };
  for (const column of TABLE3_COLUMNS) for (const row of ["new", "carriedOver", ...RESULT_CODES, "7", "carriedForward"]) cells[`format2021/table3/${row}/${column}`] = 0;
  for (const r of rows) {
    const column = String(r.col);
    add("new", column, Number(r.new));
    add("carriedOver", column, Number(r.carried_over));
    RESULT_CODES.forEach((code, i) => add(code, column, Number(r[`r${i}`])));
    add("7", column, Number(r.handled));
    add("carriedForward", column, Number(r.carried_forward));
  }
  return cells;
}

export async function runStatisticsScenario(ctx: RunContext): Promise<void> {
  const db = await getReadDb();
  const year = Number(ctx.today.slice(0, 4)) - 1;
  const scope = { year, departmentId: null };
  console.log(`\n== Year statistics ${year} (both formats, every table) vs a hand-written table 三 ==`);

  // Same numbers first: a fast wrong answer is no answer.
  const stats = await computeAnnualStatistics(db, scope);
  const baselineRows = await inReportingTransaction(db, async (tx) => rowsOf<Record<string, unknown>>(await tx.execute(baselineQuery(year))));
  const expected = baselineCells(baselineRows);
  const mismatches = Object.entries(expected).filter(([id, n]) => stats.values[id] !== n);
  if (mismatches.length) throw new Error(`statistics: the product and the baseline disagree on ${mismatches.length} cells, e.g. ${mismatches.slice(0, 3).map(([id, n]) => `${id}: ${stats.values[id]} vs ${n}`).join("; ")}`);
  const failed = stats.checks.filter((c) => !c.ok);
  console.log(`  table 三 identical in both (${Object.keys(expected).length} cells; ${expected["format2021/table3/new/total"]} new, ${expected["format2021/table3/carriedOver/total"]} carried over, ${expected["format2021/table3/7/total"]} handled); consistency checks: ${failed.length === 0 ? "all pass" : `FAILED ${failed.map((c) => c.rule).join(", ")}`}`);

  const runs = ctx.quick ? 5 : 15;
  const result = await alternate(
    () => computeAnnualStatistics(db, scope),
    () => inReportingTransaction(db, (tx) => tx.execute(baselineQuery(year))),
    { warmup: 2, runs },
  );
  const ratio = result.candidate.median / result.baseline.median;
  console.log(`  computeAnnualStatistics: median ${ms(result.candidate.median)} ms, p95 ${ms(result.candidate.p95)} ms (${runs} runs)`);
  console.log(`  baseline (table 三 only): median ${ms(result.baseline.median)} ms, p95 ${ms(result.baseline.p95)} ms`);
  report({ scenario: "year statistics / baseline (median)", figure: `${ratio.toFixed(2)}× (${ms(result.candidate.median)} vs ${ms(result.baseline.median)} ms)`, target: `≤ ${TARGET_RATIO}×`, met: ratio <= TARGET_RATIO });

  const explain = async (label: string, query: ReturnType<typeof sql>) =>
    inReportingTransaction(db, async (tx) => {
      const rows = rowsOf<Record<string, string>>(await tx.execute(sql`explain (analyze, buffers) ${query}`));
      return `-- ${label}\n${rows.map((r) => Object.values(r)[0]).join("\n")}\n`;
    });
  const file = writeOut(ctx, "explain-statistics.txt", `${await explain("product: cellValuesQuery (every cell, both formats)", cellValuesQuery(scope))}\n${await explain("baseline: table 三 single pass", baselineQuery(year))}`);
  console.log(`  EXPLAIN (ANALYZE, BUFFERS) of both: ${file}`);
}
