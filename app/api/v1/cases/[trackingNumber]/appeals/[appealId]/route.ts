import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { updateAppeal } from "@/lib/server/appeals/update-appeal";
import { tokenRoute } from "@/lib/server/http/api-route";
import { readJsonObject } from "@/lib/server/http/read-body";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { updateAppealSchema } from "@/lib/validation/appeals";
import { fieldErrorsFromZod } from "@/lib/validation/errors";

/**
 * PATCH /api/v1/cases/{trackingNumber}/appeals/{appealId} {expectedVersion, …fields to change}
 * → 200 the appeal; 400 malformed; 404 unknown; 409 stale version; 422 facts that cannot stand.
 */
export const PATCH = tokenRoute<{ trackingNumber: string; appealId: string }>("appeals.manage", async (req, { params, principal, requestId }) => {
  if (!z.uuid().safeParse(params.appealId).success) throw new AppError("not_found");
  const { value } = await readJsonObject(req);
  const parsed = updateAppealSchema.safeParse(value);
  if (!parsed.success) throw new AppError("validation", fieldErrorsFromZod(parsed.error, localeOfRequest(req)));
  const appeal = await updateAppeal(await getDb(), {
    trackingNumber: params.trackingNumber,
    appealId: params.appealId,
    changes: parsed.data,
    actor: { kind: "token", userId: principal!.userId },
    requestId,
  });
  return NextResponse.json(appeal);
});
