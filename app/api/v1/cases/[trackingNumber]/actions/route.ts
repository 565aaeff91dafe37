import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { runStaffCaseAction } from "@/lib/server/cases/run-staff-action";
import { tokenRoute } from "@/lib/server/http/api-route";
import { readJsonObject } from "@/lib/server/http/read-body";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { caseActionSchema } from "@/lib/validation/case-actions";
import { fieldErrorsFromZod } from "@/lib/validation/errors";

/**
 * POST /api/v1/cases/{trackingNumber}/actions — {"action", "expectedVersion", …}
 * → 200 {status, dueDate, dueDateProvisional, version}; 400 malformed; 403 role; 409 stale version; 422 not allowed now.
 */
export const POST = tokenRoute<{ trackingNumber: string }>("staff.use", async (req, { params, principal, requestId }) => {
  const { value } = await readJsonObject(req);
  const parsed = caseActionSchema.safeParse(value);
  if (!parsed.success) throw new AppError("validation", fieldErrorsFromZod(parsed.error, localeOfRequest(req)));
  const result = await runStaffCaseAction(await getDb(), params.trackingNumber, parsed.data, {
    actor: { kind: "token", userId: principal!.userId },
    roles: principal!.roles,
    requestId,
  });
  return NextResponse.json({ status: result.status, dueDate: result.dueDate, dueDateProvisional: result.dueDateProvisional, version: result.version });
});
