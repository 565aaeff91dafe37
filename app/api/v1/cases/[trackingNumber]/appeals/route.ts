import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { createAppeal } from "@/lib/server/appeals/create-appeal";
import { listCaseAppeals } from "@/lib/server/appeals/list-case-appeals";
import { tokenRoute } from "@/lib/server/http/api-route";
import { readJsonObject } from "@/lib/server/http/read-body";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { createAppealSchema } from "@/lib/validation/appeals";
import { fieldErrorsFromZod } from "@/lib/validation/errors";

/** GET /api/v1/cases/{trackingNumber}/appeals → 200 {items: [appeal…]}; 404 unknown case. */
export const GET = tokenRoute<{ trackingNumber: string }>("appeals.manage", async (_req, { params }) => {
  return NextResponse.json({ items: await listCaseAppeals(await getDb(), params.trackingNumber) });
});

/**
 * POST /api/v1/cases/{trackingNumber}/appeals {kind, filedAt, result?, closedAt?, afterUnsatisfactoryFirstHandling?, note?}
 * → 201 the appeal; 400 malformed; 404 unknown case; 422 facts that cannot stand (error.reason appeal.*).
 */
export const POST = tokenRoute<{ trackingNumber: string }>("appeals.manage", async (req, { params, principal, requestId }) => {
  const { value } = await readJsonObject(req);
  const parsed = createAppealSchema.safeParse(value);
  if (!parsed.success) throw new AppError("validation", fieldErrorsFromZod(parsed.error, localeOfRequest(req)));
  const appeal = await createAppeal(await getDb(), {
    trackingNumber: params.trackingNumber,
    appeal: parsed.data,
    actor: { kind: "token", userId: principal!.userId },
    requestId,
  });
  return NextResponse.json(appeal, { status: 201 });
});
