import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { clientIpFromHeaders } from "@/lib/server/http/client-ip";
import { signInSchema } from "@/lib/validation/auth";
import { errorSummary } from "@/lib/errors";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // A wrong password is an expected outcome, not an error worth a stack trace.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(`[auth] ${errorSummary(error)}`);
    },
    warn() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientIpFromHeaders(request.headers));
        if (result === "rate_limited") throw new RateLimitedSignIn();
        if (!result) return null;
        return { id: result.id, email: result.email, name: result.name };
      },
    }),
  ],
});
