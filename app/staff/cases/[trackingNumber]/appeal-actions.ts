"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/server/actions/action";
import { createAppeal } from "@/lib/server/appeals/create-appeal";
import { updateAppeal } from "@/lib/server/appeals/update-appeal";
import { createAppealActionSchema, updateAppealActionSchema } from "@/lib/validation/statistics-actions";

/** The field each refusal of the domain's appealRefusal is about. */
const REFUSAL_FIELDS: Record<string, string> = {
  "appeal.filedInFuture": "filedAt",
  "appeal.filedBeforeReceived": "filedAt",
  "appeal.closedAtRequired": "closedAt",
  "appeal.pendingHasClosedAt": "closedAt",
  "appeal.closedBeforeFiled": "closedAt",
  "appeal.closedInFuture": "closedAt",
  "appeal.firstHandlingOnlyForComplaints": "afterUnsatisfactoryFirstHandling",
};

/** A refusal travels back in words (catalog key under `reason`) and next to its field (`<prefix>.<field>`). */
function refuse(e: unknown, prefix: "appeal" | "changes"): never {
  if (e instanceof AppError && e.reason && e.reason in REFUSAL_FIELDS) {
    const key = `appeals.refusal.${e.reason.replace(/^appeal\./, "")}`;
    throw new AppError(e.code, { [`${prefix}.${REFUSAL_FIELDS[e.reason]}`]: key, reason: key }, undefined, e.reason);
  }
  if (e instanceof AppError && e.code === "conflict") throw new AppError("conflict", { reason: "appeals.conflict" }, undefined, e.reason);
  throw e;
}

/** 登记复议、诉讼或申诉 on the case (staff and supervisors). */
export const createAppealAction = authedAction(createAppealActionSchema, "appeals.manage", async (input, { user }) => {
  try {
    const appeal = await createAppeal(await getDb(), { trackingNumber: input.trackingNumber, appeal: input.appeal, actor: { kind: "user", userId: user.id } });
    revalidatePath(`/staff/cases/${appeal.trackingNumber}`);
    return { id: appeal.id, version: appeal.version };
  } catch (e) {
    refuse(e, "appeal");
  }
});

/** Change an appeal (usually its result and closed date), checked against the version the form was loaded at. */
export const updateAppealAction = authedAction(updateAppealActionSchema, "appeals.manage", async (input, { user }) => {
  try {
    const appeal = await updateAppeal(await getDb(), {
      trackingNumber: input.trackingNumber,
      appealId: input.appealId,
      changes: input.changes,
      actor: { kind: "user", userId: user.id },
    });
    revalidatePath(`/staff/cases/${appeal.trackingNumber}`);
    return { id: appeal.id, version: appeal.version };
  } catch (e) {
    refuse(e, "changes");
  }
});
