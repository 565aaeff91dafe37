import { z } from "zod";

const trackingNumber = z
  .string()
  .trim()
  .min(1, { message: "validation.required" })
  .max(40, { message: "validation.tooLong" })
  .transform((v) => v.toUpperCase());

export const lookupSchema = z.object({
  trackingNumber,
  queryCode: z.string().trim().min(1, { message: "validation.required" }).max(64, { message: "validation.tooLong" }),
});

export const reissueQueryCodeSchema = z.object({
  trackingNumber,
  email: z.string().trim().toLowerCase().min(1, { message: "validation.required" }).max(254, { message: "validation.tooLong" }).pipe(z.email({ message: "validation.email.invalid" })),
});

export type LookupInput = z.infer<typeof lookupSchema>;

/** A citizen adds a request filed on paper (or online without an account) to My requests: the same proof as a lookup. */
export const linkRequestSchema = z.object({
  trackingNumber,
  queryCode: z.string().trim().min(1, { message: "validation.required" }).max(64, { message: "validation.tooLong" }),
});

export type LinkRequestInput = z.infer<typeof linkRequestSchema>;
