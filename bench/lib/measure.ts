/** Nearest-rank percentile of already collected samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export type Summary = { runs: number; median: number; p95: number; min: number; max: number };

export function summarize(samples: readonly number[]): Summary {
  return { runs: samples.length, median: percentile(samples, 50), p95: percentile(samples, 95), min: Math.min(...samples), max: Math.max(...samples) };
}

/** Milliseconds of one call. */
export async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * Runs the candidate and its baseline alternately (so background load on a shared machine hits both alike),
 * after `warmup` unrecorded rounds; returns both sets of samples in milliseconds.
 */
export async function alternate(
  candidate: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  opts: { warmup: number; runs: number },
): Promise<{ candidate: Summary; baseline: Summary }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    // Odd rounds run the baseline first, so neither side always follows the other (cache warmth).
    let x: number;
    let y: number;
    if (i % 2 === 0) {
      x = await time(candidate);
      y = await time(baseline);
    } else {
      y = await time(baseline);
      x = await time(candidate);
    }
    if (i >= opts.warmup) {
      a.push(x);
      b.push(y);
    }
  }
  return { candidate: summarize(a), baseline: summarize(b) };
}

/** Repeats one call; returns the summary of the recorded runs. */
export async function repeat(fn: () => Promise<unknown>, opts: { warmup: number; runs: number }): Promise<Summary> {
  for (let i = 0; i < opts.warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < opts.runs; i++) samples.push(await time(fn));
  return summarize(samples);
}

export const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** One result line: figure, target, verdict. Collected for the summary at the end of `npm run bench`. */
export type Verdict = { scenario: string; figure: string; target: string; met: boolean | null };
export const verdicts: Verdict[] = [];

export function report(v: Verdict): void {
  verdicts.push(v);
  const mark = v.met === null ? "info" : v.met ? "MET " : "MISS";
  console.log(`  [${mark}] ${v.scenario}: ${v.figure} (target ${v.target})`);
}
