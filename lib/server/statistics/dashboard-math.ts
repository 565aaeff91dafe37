/** Pure helpers of the supervisor dashboard (no I/O), unit-tested. */

/** The median of values that occur `weight` times each (the lower middle for an even count); null when empty. */
export function weightedMedian(items: readonly { value: number; weight: number }[]): number | null {
  const sorted = items.filter((i) => i.weight > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, i) => s + i.weight, 0);
  if (total === 0) return null;
  // Even counts: the mean of the two middle values, as a statistician would report it.
  const lowerRank = Math.floor((total - 1) / 2);
  const upperRank = Math.floor(total / 2);
  let seen = 0;
  let lower: number | null = null;
  for (const item of sorted) {
    const next = seen + item.weight;
    if (lower === null && lowerRank < next) lower = item.value;
    if (upperRank < next) return ((lower ?? item.value) + item.value) / 2;
    seen = next;
  }
  return lower;
}

/** Age buckets of the open backlog, in working days since receipt (20 is the statutory reply period). */
export const BACKLOG_BUCKETS = [
  { key: "upTo5", min: 0, max: 5 },
  { key: "upTo10", min: 6, max: 10 },
  { key: "upTo15", min: 11, max: 15 },
  { key: "upTo20", min: 16, max: 20 },
  { key: "over20", min: 21, max: null },
] as const;
export type BacklogBucketKey = (typeof BACKLOG_BUCKETS)[number]["key"];

/** Counts per bucket (every bucket present, in order) from ages with their case counts. */
export function bucketAges(items: readonly { age: number; count: number }[]): { key: BacklogBucketKey; min: number; max: number | null; count: number }[] {
  return BACKLOG_BUCKETS.map((b) => ({
    key: b.key,
    min: b.min,
    max: b.max,
    count: items.filter((i) => i.age >= b.min && (b.max === null || i.age <= b.max)).reduce((s, i) => s + i.count, 0),
  }));
}

/** A share as a whole percentage with one decimal (0.8333 → 83.3); null when there is nothing to divide. */
export function percentage(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
