import type { NextAuthConfig } from "next-auth";

/** Edge-safe part of the auth configuration (no database, no Node APIs). */
export const authConfig = {
  pages: { signIn: "/signin" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
} satisfies NextAuthConfig;
