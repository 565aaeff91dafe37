"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/server/actions/action";
import type { SessionUser } from "@/lib/server/auth/session";
import { runStaffCaseAction } from "@/lib/server/cases/run-staff-action";
import type { CaseActionInput } from "@/lib/validation/case-actions";
import { approveExtensionSchema, refuseExtensionSchema } from "@/lib/validation/extension-decision";

async function decide(trackingNumber: string, body: CaseActionInput, user: SessionUser) {
  try {
    const result = await runStaffCaseAction(await getDb(), trackingNumber, body, { actor: { kind: "user", userId: user.id }, roles: user.roles });
    return { trackingNumber, status: result.status, dueDate: result.dueDate, dueDateProvisional: result.dueDateProvisional, version: result.version };
  } catch (e) {
    // The workflow's refusal reason (extension.afterDueDate …) would be lost in the generic result: keep it as a field.
    if (e instanceof AppError && e.reason) throw new AppError(e.code, { ...e.fields, reason: e.reason }, e.headers, e.reason);
    throw e;
  } finally {
    revalidatePath("/supervisor");
  }
}

/** Supervisor board: approve a pending extension (1–20 working days, 20 by default). */
export const approveExtensionAction = authedAction(approveExtensionSchema, "supervisor.use", (input, { user }) =>
  decide(input.trackingNumber, { action: "approve_extension", expectedVersion: input.expectedVersion, workingDays: input.workingDays }, user),
);

/** Supervisor board: refuse a pending extension, with an optional note. */
export const refuseExtensionAction = authedAction(refuseExtensionSchema, "supervisor.use", (input, { user }) =>
  decide(input.trackingNumber, { action: "refuse_extension", expectedVersion: input.expectedVersion, note: input.note }, user),
);
