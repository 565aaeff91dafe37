"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/server/actions/action";
import { runStaffCaseAction } from "@/lib/server/cases/run-staff-action";
import { REFUSAL_FIELD, staffCaseActionSchema } from "@/lib/validation/staff-case-action";

/**
 * One workflow action from the case page. A refusal (422/403 with a reason) travels back as the catalog key
 * `workflow.refusal.<reason>` under REFUSAL_FIELD, so the form can show it in words and next to its field.
 */
export const runCaseAction = authedAction(staffCaseActionSchema, "staff.use", async ({ trackingNumber, body }, { user }) => {
  try {
    const result = await runStaffCaseAction(await getDb(), trackingNumber, body, { actor: { kind: "user", userId: user.id }, roles: user.roles });
    revalidatePath(`/staff/cases/${trackingNumber}`);
    revalidatePath("/staff");
    return { status: result.status, version: result.version };
  } catch (e) {
    if (e instanceof AppError && e.reason && (e.code === "not_allowed" || e.code === "forbidden")) {
      throw new AppError(e.code, { [REFUSAL_FIELD]: `workflow.refusal.${e.reason}` }, undefined, e.reason);
    }
    throw e;
  }
});
