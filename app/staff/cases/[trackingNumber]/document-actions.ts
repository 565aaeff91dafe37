"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { authedAction } from "@/lib/server/actions/action";
import { recordDocumentService } from "@/lib/server/documents/record-document-service";
import { documentServiceSchema } from "@/lib/validation/documents";

const schema = z.object({ trackingNumber: z.string().max(40), documentId: z.string().max(40), service: documentServiceSchema });

/** Staff record how and when a document was served (邮寄 + EMS number / 电子邮件 / 当面 / 网上). */
export const recordServiceAction = authedAction(schema, "staff.use", async (input, ctx) => {
  const r = await recordDocumentService(await getDb(), { kind: "user", userId: ctx.user.id }, { ...input.service, documentId: input.documentId });
  revalidatePath(`/staff/cases/${input.trackingNumber}`);
  return r;
});
