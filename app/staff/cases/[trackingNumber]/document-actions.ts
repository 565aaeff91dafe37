"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/server/actions/action";
import { previewActionDocument } from "@/lib/server/documents/preview-action-document";
import { recordDocumentService } from "@/lib/server/documents/record-document-service";
import { documentServiceSchema } from "@/lib/validation/documents";
import { REFUSAL_FIELD, staffCaseActionSchema } from "@/lib/validation/staff-case-action";

const schema = z.object({ trackingNumber: z.string().max(40), documentId: z.string().max(40), service: documentServiceSchema });

/** Staff record how and when a document was served (邮寄 + EMS number / 电子邮件 / 当面 / 网上). */
export const recordServiceAction = authedAction(schema, "staff.use", async (input, ctx) => {
  const r = await recordDocumentService(await getDb(), { kind: "user", userId: ctx.user.id }, { ...input.service, documentId: input.documentId });
  revalidatePath(`/staff/cases/${input.trackingNumber}`);
  return r;
});

/**
 * The document an action form would send, from the template with the form's current values, for staff to edit
 * before submitting (writes nothing). Parsed with the action's own schema; refused as the action would be.
 */
export const previewActionDocumentAction = authedAction(staffCaseActionSchema, "staff.use", async ({ trackingNumber, body }, { user }) => {
  try {
    return await previewActionDocument(await getDb(), trackingNumber, body, { actorId: user.id, roles: user.roles });
  } catch (e) {
    if (e instanceof AppError && e.reason && (e.code === "not_allowed" || e.code === "forbidden")) {
      throw new AppError(e.code, { [REFUSAL_FIELD]: `workflow.refusal.${e.reason}` }, undefined, e.reason);
    }
    throw e;
  }
});
