"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { publicAction } from "@/lib/server/actions/action";
import { limitQueryCodeAttempts } from "@/lib/server/requests/limit-lookups";
import { grantLookup } from "@/lib/server/requests/lookup-grant";
import { lookupRequest } from "@/lib/server/requests/lookup-request";
import { reissueQueryCode } from "@/lib/server/requests/reissue-query-code";
import { lookupSchema, reissueQueryCodeSchema } from "@/lib/validation/lookup";
import { withdrawRequestSchema } from "@/lib/validation/withdraw";
import { withdrawOwnRequest } from "@/lib/server/requests/withdraw-own-request";

export const lookupAction = publicAction(lookupSchema, async (input, ctx) => {
  await limitQueryCodeAttempts(ctx.ip);
  const found = await lookupRequest(await getDb(), input.trackingNumber, input.queryCode);
  if (!found) throw new AppError("not_found");
  await grantLookup(found.caseId);
  redirect(`/track/${found.trackingNumber}`);
});

export const reissueQueryCodeAction = publicAction(reissueQueryCodeSchema, async (input, ctx) => {
  await limitQueryCodeAttempts(ctx.ip);
  await reissueQueryCode(input.trackingNumber, input.email, ctx.locale);
});

export const withdrawRequestAction = publicAction(withdrawRequestSchema, async (input, ctx) => {
  const result = await withdrawOwnRequest(ctx.user, input.trackingNumber, input.expectedVersion);
  return { status: result.status, version: result.version };
});
