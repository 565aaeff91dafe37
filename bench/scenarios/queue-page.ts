import { signIn, getPage } from "../lib/http";
import { alternate, ms, report } from "../lib/measure";
import type { RunContext } from "./context";

const TARGET_MS = 150;

/**
 * `GET /staff?overdue=1` as a signed-in staff member, server-rendered by `next start`: time to the last byte,
 * one request at a time. Baseline: `/staff/register`, a staff page with the same layouts and session check
 * but no queue (the cost of any authenticated page on this server).
 */
export async function runQueuePageScenario(ctx: RunContext, baseUrl: string, account: { email: string; password: string }, cursor50: string | null): Promise<void> {
  console.log("\n== Staff queue, server-rendered page (GET /staff?overdue=1) ==");
  const cookie = await signIn(baseUrl, account.email, account.password);
  const queue = () => getPage(`${baseUrl}/staff?overdue=1`, cookie, 'data-testid="queue-total"');
  const floor = () => getPage(`${baseUrl}/staff/register`, cookie, "<form");
  const runs = ctx.quick ? 15 : 60;
  const r = await alternate(queue, floor, { warmup: 5, runs });
  console.log(`  /staff?overdue=1: median ${ms(r.candidate.median)} ms, p95 ${ms(r.candidate.p95)} ms; /staff/register: median ${ms(r.baseline.median)} ms, p95 ${ms(r.baseline.p95)} ms (${runs} runs)`);
  report({
    scenario: "staff queue page /staff?overdue=1 (p95)",
    figure: `${ms(r.candidate.p95)} ms (median ${ms(r.candidate.median)}; ${(r.candidate.median / r.baseline.median).toFixed(1)}× /staff/register)`,
    target: `≤ ${TARGET_MS} ms`,
    met: r.candidate.p95 <= TARGET_MS,
  });
  if (cursor50) {
    const p50 = await alternate(() => getPage(`${baseUrl}/staff?overdue=1&cursor=${cursor50}`, cookie, 'data-testid="queue-total"'), floor, { warmup: 3, runs: ctx.quick ? 10 : 30 });
    report({ scenario: "staff queue page, 50th page via the cursor (p95)", figure: `${ms(p50.candidate.p95)} ms (median ${ms(p50.candidate.median)})`, target: `≤ ${TARGET_MS} ms`, met: p50.candidate.p95 <= TARGET_MS });
  }
}
