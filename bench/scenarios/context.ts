import fs from "node:fs";
import path from "node:path";

/** What every scenario gets from `npm run bench`. */
export type RunContext = {
  database: string;
  /** Today in Asia/Shanghai (the generator's "today" if run the same day). */
  today: string;
  /** Fewer repetitions, shorter load test: for iterating, not for the figures in bench/README.md. */
  quick: boolean;
  /** bench/out: EXPLAIN plans, Lighthouse reports, the JSON of the run (git-ignored). */
  outDir: string;
};

export function writeOut(ctx: RunContext, name: string, text: string): string {
  fs.mkdirSync(ctx.outDir, { recursive: true });
  const file = path.join(ctx.outDir, name);
  fs.writeFileSync(file, text);
  return path.relative(process.cwd(), file);
}
