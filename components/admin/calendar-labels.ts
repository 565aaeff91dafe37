import type { DayKind } from "@/lib/domain/calendar";

/** Colour classes per day kind; every kind also carries a word (the colour is never the only signal). */
export const DAY_KIND_STYLES: Record<DayKind, string> = {
  workday: "bg-white text-ink",
  weekend: "bg-slate-200 text-ink",
  holiday: "bg-danger-bg text-danger",
  makeup_workday: "bg-warn-bg text-warn",
};

export const DAY_KINDS: readonly DayKind[] = ["workday", "weekend", "holiday", "makeup_workday"];

/** Monday-first column of a weekday (0 = Sunday … 6 = Saturday). */
export function mondayColumn(weekday: number): number {
  return (weekday + 6) % 7;
}
