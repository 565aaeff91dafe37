import type { ExplanationStep } from "@/lib/domain/calendar";

type HolidayStep = Extract<ExplanationStep, { type: "holiday_skipped" }>;

/** A holiday break told in one line: its first and last skipped weekday and how many there were. */
export type HolidayRange = { type: "holiday_range"; from: string; to: string; count: number; name?: string; festival?: HolidayStep["festival"] };
export type ExplanationLine = Exclude<ExplanationStep, HolidayStep> | HolidayStep | HolidayRange;

const sameHoliday = (a: HolidayStep, b: HolidayStep) => (a.festival ?? a.name) === (b.festival ?? b.name);

/**
 * The clock's steps as lines a citizen reads: consecutive skipped days of one holiday (国庆节 1–7 Oct) become
 * one line instead of five; everything else stays one line per step, in order.
 */
export function explanationLines(steps: readonly ExplanationStep[]): ExplanationLine[] {
  const out: ExplanationLine[] = [];
  let run: HolidayStep[] = [];
  const flush = () => {
    const [first] = run;
    const last = run[run.length - 1];
    if (first && last) {
      out.push(
        run.length === 1
          ? first
          : { type: "holiday_range", from: first.date, to: last.date, count: run.length, ...(first.name !== undefined ? { name: first.name } : {}), ...(first.festival !== undefined ? { festival: first.festival } : {}) },
      );
    }
    run = [];
  };
  for (const step of steps) {
    if (step.type === "holiday_skipped") {
      const first = run[0];
      if (first && !sameHoliday(first, step)) flush();
      run.push(step);
      continue;
    }
    flush();
    out.push(step);
  }
  flush();
  return out;
}
