import { z } from "zod";

const trackingNumber = z.string().trim().min(1).max(40).transform((v) => v.toUpperCase());
const expectedVersion = z.coerce.number({ message: "validation.invalidType" }).int().positive();

/** The supervisor board's approval: 1–20 working days (20 when left out). */
export const approveExtensionSchema = z.strictObject({
  trackingNumber,
  expectedVersion,
  workingDays: z.coerce
    .number({ message: "validation.invalidType" })
    .int({ message: "validation.invalidType" })
    .min(1, { message: "validation.invalidType" })
    .max(20, { message: "validation.invalidType" })
    .optional(),
});

/** The supervisor board's refusal, with an optional note (blank means none). */
export const refuseExtensionSchema = z.strictObject({
  trackingNumber,
  expectedVersion,
  note: z
    .string()
    .trim()
    .max(2000, { message: "validation.tooLong" })
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export type ApproveExtensionInput = z.input<typeof approveExtensionSchema>;
export type RefuseExtensionInput = z.input<typeof refuseExtensionSchema>;
