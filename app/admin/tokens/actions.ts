"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/server/actions/action";
import { issueApiToken } from "@/lib/server/admin/issue-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { createTokenSchema, revokeTokenSchema } from "@/lib/validation/admin";

export const createTokenAction = authedAction(createTokenSchema, "tokens.manage", async (input, { user }) => {
  const issued = await issueApiToken(await getDb(), { kind: "user", userId: user.id }, input);
  revalidatePath("/admin/tokens");
  return issued;
});

export const revokeTokenAction = authedAction(revokeTokenSchema, "tokens.manage", async (input, { user }) => {
  const revoked = await revokeApiToken(await getDb(), { kind: "user", userId: user.id }, { id: input.tokenId });
  if (!revoked) throw new AppError("not_allowed", { tokenId: "admin.validation.tokenNotActive" });
  revalidatePath("/admin/tokens");
});
