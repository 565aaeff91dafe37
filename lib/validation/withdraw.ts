import { z } from "zod";

export const withdrawRequestSchema = z.object({
  trackingNumber: z.string().trim().min(1).max(40).transform((v) => v.toUpperCase()),
  expectedVersion: z.coerce.number().int().positive(),
});
