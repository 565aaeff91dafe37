import { z } from "zod";

export const clarificationAnswerSchema = z.object({
  text: z
    .string({ message: "validation.required" })
    .trim()
    .min(5, { message: "validation.supplement.tooShort" })
    .max(5000, { message: "validation.tooLong" })
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), { message: "validation.text.controlChars" })
    .refine((v) => v.isWellFormed(), { message: "validation.text.invalidUnicode" }),
  expectedVersion: z.coerce.number({ message: "validation.invalidType" }).int().positive(),
});
