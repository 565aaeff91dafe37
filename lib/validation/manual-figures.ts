import { z } from "zod";
import type { ManualFigures } from "@/lib/domain/statistics";

// Form fields arrive as strings (FormData, <input type="number">), API bodies as numbers: accept both.
const numeric = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : v);

/** A whole count ≥ 0. */
const count = z.preprocess(
  numeric,
  z
    .number({ message: "validation.invalidType" })
    .int({ message: "validation.invalidType" })
    .min(0, { message: "validation.invalidType" })
    .max(1_000_000_000_000, { message: "validation.invalidType" }),
);

/** An amount in 万元 ≥ 0 with at most four decimals (one yuan). */
const amount = z.preprocess(
  numeric,
  z
    .number({ message: "validation.invalidType" })
    .min(0, { message: "validation.invalidType" })
    .max(1_000_000_000, { message: "validation.invalidType" })
    .refine((v) => Math.abs(v * 10_000 - Math.round(v * 10_000)) < 1e-6, { message: "validation.invalidType" }),
);

const issued = z.strictObject({ issued: count, repealed: count, inForce: count });
const decisions = z.strictObject({ decisions: count });

/** 附表1, 附表3 and 2021 表二, exactly the report's shape (every figure required; 0 is a figure). */
export const manualFiguresSchema = z.strictObject({
  format2011: z.strictObject({
    table1: z.strictObject({ proactiveItems: count, proactiveItemsFullText: count, newNormativeDocuments: count }),
    table3: z.strictObject({ onlineConsultations: count, onSiteVisitors: count, pageVisits: count }),
  }),
  format2021: z.strictObject({
    table2: z.strictObject({
      rules: issued,
      normativeDocuments: issued,
      licensing: decisions,
      penalties: decisions,
      coercion: decisions,
      fees: z.strictObject({ amount }),
    }),
  }),
});

// The schema and the domain type describe the same thing.
type Parsed = z.output<typeof manualFiguresSchema>;
export const manualFiguresShapeMatches: Parsed extends ManualFigures ? (ManualFigures extends Parsed ? true : never) : never = true;

/** Saving a new version: `expectedVersion` is the version the form was based on (null: none existed), for 409 on a race. */
export const saveManualFiguresSchema = z.strictObject({
  expectedVersion: z.number({ message: "validation.invalidType" }).int().positive().nullable().optional(),
  figures: manualFiguresSchema,
});

export type SaveManualFiguresInput = z.output<typeof saveManualFiguresSchema>;
