import { describe, expect, it } from "vitest";
import { manualFiguresSchema, saveManualFiguresSchema } from "./manual-figures";

const figures = {
  format2011: {
    table1: { proactiveItems: 4884, proactiveItemsFullText: 4884, newNormativeDocuments: 22 },
    table3: { onlineConsultations: 53829, onSiteVisitors: 1204102, pageVisits: 7303650 },
  },
  format2021: {
    table2: {
      rules: { issued: 0, repealed: 0, inForce: 3 },
      normativeDocuments: { issued: 22, repealed: 4, inForce: 120 },
      licensing: { decisions: 502195 },
      penalties: { decisions: 1200 },
      coercion: { decisions: 15 },
      fees: { amount: 12.3456 },
    },
  },
};

describe("manual figures", () => {
  it("accept the seed's 附表1 and 附表3 and a fee amount in 万元", () => {
    expect(manualFiguresSchema.parse(figures)).toEqual(figures);
  });

  it("accept numbers typed into a form as strings", () => {
    const typed = structuredClone(figures) as unknown as { format2011: { table1: Record<string, unknown> }; format2021: { table2: { fees: Record<string, unknown> } } };
    typed.format2011.table1.proactiveItems = " 4884 ";
    typed.format2021.table2.fees.amount = "0.5";
    const parsed = manualFiguresSchema.parse(typed);
    expect(parsed.format2011.table1.proactiveItems).toBe(4884);
    expect(parsed.format2021.table2.fees.amount).toBe(0.5);
  });

  it("refuse negatives, fractions of a count, more than four decimals, missing and unknown fields", () => {
    const bad = (patch: (f: typeof figures) => void) => {
      const f = structuredClone(figures);
      patch(f);
      return manualFiguresSchema.safeParse(f).success;
    };
    expect(bad((f) => (f.format2011.table1.proactiveItems = -1))).toBe(false);
    expect(bad((f) => (f.format2011.table3.pageVisits = 1.5))).toBe(false);
    expect(bad((f) => (f.format2021.table2.fees.amount = 1.23456))).toBe(false);
    expect(bad((f) => delete (f.format2021.table2.rules as Partial<typeof f.format2021.table2.rules>).inForce)).toBe(false);
    expect(bad((f) => Object.assign(f.format2011.table1, { extra: 1 }))).toBe(false);
    expect(saveManualFiguresSchema.safeParse({ figures, expectedVersion: null }).success).toBe(true);
  });
});
