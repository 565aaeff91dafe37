import { z } from "zod";
import { caseActionSchema } from "./case-actions";

/** The case page's server action: which case, and the same action body the JSON API accepts. */
export const staffCaseActionSchema = z.object({
  trackingNumber: z.string().trim().min(1).max(40).transform((v) => v.toUpperCase()),
  body: caseActionSchema,
});

/** Where a workflow refusal's catalog key travels in a failed result's fieldErrors. */
export const REFUSAL_FIELD = "_refusal";
