import { z } from "zod";
import { SERVICE_METHODS } from "@/lib/domain/documents/kinds";
import { isIsoCalendarDate, todayInShanghai } from "@/lib/domain/identity/calendar-date";

/** Message keys of the documents catalog (lib/i18n/messages/<locale>/documents.json), translated at the edge. */
export const DOCUMENT_VALIDATION_PREFIX = "documents.validation.";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * POST /api/v1/documents/{id}/service — how and when the document was served (送达). Post needs the EMS
 * number (and only post has one); the date served is a past or present date in Asia/Shanghai.
 */
export const documentServiceSchema = z
  .strictObject({
    method: z.enum(SERVICE_METHODS, { message: "validation.invalidOption" }),
    emsNumber: z.preprocess(
      blankToUndefined,
      z
        .string({ message: "validation.invalidType" })
        .trim()
        .toUpperCase()
        .regex(/^[A-Z0-9]{10,30}$/, { message: `${DOCUMENT_VALIDATION_PREFIX}emsFormat` })
        .optional(),
    ),
    servedAt: z
      .string({ message: "validation.date.invalid" })
      .refine(isIsoCalendarDate, { message: "validation.date.invalid" })
      .refine((v) => v <= todayInShanghai(), { message: `${DOCUMENT_VALIDATION_PREFIX}servedAtFuture` }),
  })
  .superRefine((v, ctx) => {
    if (v.method === "post" && !v.emsNumber) ctx.addIssue({ code: "custom", path: ["emsNumber"], message: `${DOCUMENT_VALIDATION_PREFIX}emsRequired` });
    if (v.method !== "post" && v.emsNumber) ctx.addIssue({ code: "custom", path: ["emsNumber"], message: `${DOCUMENT_VALIDATION_PREFIX}emsOnlyForPost` });
  });

export type DocumentServiceInput = z.infer<typeof documentServiceSchema>;
