import { z } from "zod";
import { APPEAL_KINDS, APPEAL_RESULTS } from "@/lib/domain/statistics";
import { isIsoCalendarDate } from "@/lib/domain/identity";

const isoDate = z
  .string({ message: "validation.date.invalid" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "validation.date.invalid" })
  .refine(isIsoCalendarDate, { message: "validation.date.invalid" });

const note = z
  .string({ message: "validation.invalidType" })
  .trim()
  .max(2000, { message: "validation.tooLong" })
  .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), { message: "validation.text.controlChars" })
  .refine((v) => v.isWellFormed(), { message: "validation.text.invalidUnicode" })
  .transform((v) => (v === "" ? null : v));

const kind = z.enum(APPEAL_KINDS, { message: "validation.invalidOption" });
const result = z.enum(APPEAL_RESULTS, { message: "validation.invalidOption" });
const flag = z.boolean({ message: "validation.invalidType" });

/**
 * POST /api/v1/cases/{trackingNumber}/appeals. Cross-field rules (closed date iff decided, dates against today
 * and the case, 申诉-only flag) are the domain's `appealRefusal`, answered 422 with a reason.
 */
export const createAppealSchema = z.strictObject({
  kind,
  filedAt: isoDate,
  result: result.default("pending"),
  closedAt: isoDate.nullable().default(null),
  afterUnsatisfactoryFirstHandling: flag.default(false),
  note: note.nullable().default(null),
});

/** PATCH /api/v1/cases/{trackingNumber}/appeals/{id}: the fields to change, with the version they were read at. */
export const updateAppealSchema = z.strictObject({
  expectedVersion: z.number({ message: "validation.invalidType" }).int().positive(),
  kind: kind.optional(),
  filedAt: isoDate.optional(),
  result: result.optional(),
  closedAt: isoDate.nullable().optional(),
  afterUnsatisfactoryFirstHandling: flag.optional(),
  note: note.nullable().optional(),
});

export type CreateAppealInput = z.output<typeof createAppealSchema>;
export type UpdateAppealInput = z.output<typeof updateAppealSchema>;
