"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { publicAction } from "@/lib/server/actions/action";
import { safeCallbackPath } from "@/lib/server/http/safe-callback";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { getDb } from "@/db";
import { registerCitizen } from "@/lib/server/users/register-citizen";
import { requestPasswordReset } from "@/lib/server/users/request-password-reset";
import { resetPassword } from "@/lib/server/users/reset-password";
import { forgotPasswordSchema, registerSchema, resetPasswordSchema, signInSchema } from "@/lib/validation/auth";

async function limit(bucket: string, max: number, windowSeconds: number): Promise<void> {
  const r = await consumeRateLimit(await getDb(), bucket, max, windowSeconds);
  if (!r.allowed) throw new AppError("rate_limited", undefined, { "Retry-After": String(r.retryAfterSeconds) });
}

export const signInAction = publicAction(signInSchema, async (input) => {
  try {
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: safeCallbackPath(input.callbackUrl) ?? "/home",
    });
  } catch (e) {
    if (e instanceof AuthError) {
      throw new AppError((e as { code?: string }).code === "rate_limited" ? "rate_limited" : "unauthorized");
    }
    throw e;
  }
});

export const registerAction = publicAction(registerSchema, async (input, ctx) => {
  await limit(`register:ip:${ctx.ip}`, getEnv().RATE_LIMIT_REGISTRATIONS_PER_HOUR, 3600);
  await registerCitizen(input, ctx.locale);
});

export const forgotPasswordAction = publicAction(forgotPasswordSchema, async (input, ctx) => {
  const max = getEnv().RATE_LIMIT_PASSWORD_RESETS_PER_HOUR;
  await limit(`reset:ip:${ctx.ip}`, max * 4, 3600);
  await limit(`reset:account:${input.email}`, max, 3600);
  await requestPasswordReset(input.email, ctx.locale);
});

export const resetPasswordAction = publicAction(resetPasswordSchema, async (input) => {
  await resetPassword(input.token, input.password);
});
