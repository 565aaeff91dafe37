import { describe, expect, it } from "vitest";
import { bucketAges, percentage, weightedMedian } from "./dashboard-math";

describe("weightedMedian", () => {
  it("is null with nothing to count", () => {
    expect(weightedMedian([])).toBeNull();
    expect(weightedMedian([{ value: 3, weight: 0 }])).toBeNull();
  });

  it("takes the middle value of an odd count, whatever the input order", () => {
    expect(weightedMedian([{ value: 9, weight: 1 }, { value: 1, weight: 1 }, { value: 4, weight: 1 }])).toBe(4);
    expect(weightedMedian([{ value: 2, weight: 3 }, { value: 20, weight: 2 }])).toBe(2);
  });

  it("averages the two middle values of an even count", () => {
    expect(weightedMedian([{ value: 1, weight: 1 }, { value: 4, weight: 1 }])).toBe(2.5);
    expect(weightedMedian([{ value: 5, weight: 2 }, { value: 7, weight: 2 }])).toBe(6);
    expect(weightedMedian([{ value: 5, weight: 4 }])).toBe(5);
  });

  it("equals the median of the expanded list", () => {
    const items = [
      { value: 12, weight: 3 },
      { value: 0, weight: 2 },
      { value: 7, weight: 5 },
      { value: 19, weight: 1 },
    ];
    const expanded = items.flatMap((i) => Array.from({ length: i.weight }, () => i.value)).sort((a, b) => a - b);
    const mid = expanded.length / 2;
    const expected = expanded.length % 2 ? expanded[Math.floor(mid)]! : (expanded[mid - 1]! + expanded[mid]!) / 2;
    expect(weightedMedian(items)).toBe(expected);
  });
});

describe("bucketAges", () => {
  it("puts every age in exactly one bucket, 21 working days and more beyond the statutory period", () => {
    const buckets = bucketAges([
      { age: 0, count: 2 },
      { age: 5, count: 1 },
      { age: 6, count: 1 },
      { age: 20, count: 4 },
      { age: 21, count: 3 },
      { age: 90, count: 1 },
    ]);
    expect(buckets.map((b) => [b.key, b.count])).toEqual([
      ["upTo5", 3],
      ["upTo10", 1],
      ["upTo15", 0],
      ["upTo20", 4],
      ["over20", 4],
    ]);
  });
});

describe("percentage", () => {
  it("rounds to one decimal and refuses to divide by nothing", () => {
    expect(percentage(5, 6)).toBe(83.3);
    expect(percentage(0, 0)).toBeNull();
    expect(percentage(3, 3)).toBe(100);
  });
});
