"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { authedAction } from "@/lib/server/actions/action";
import { limitQueryCodeAttempts } from "@/lib/server/requests/limit-lookups";
import { linkRequestToAccount } from "@/lib/server/requests/link-request-to-account";
import { linkRequestSchema } from "@/lib/validation/lookup";

/** My requests → 添加纸质申请: tracking number + query code from the 受理回执 adds the case to the account. */
export const linkRequestAction = authedAction(linkRequestSchema, "portal.use", async (input, ctx) => {
  await limitQueryCodeAttempts(ctx.ip, `link:user:${ctx.user.id}`);
  const linked = await linkRequestToAccount(await getDb(), { ...input, user: { id: ctx.user.id, email: ctx.user.email }, locale: ctx.locale });
  redirect(`/portal/requests/${encodeURIComponent(linked.trackingNumber)}`);
});
