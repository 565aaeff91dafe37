"use server";

import { cookies } from "next/headers";
import { signOut } from "@/lib/auth/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { getSessionUser } from "@/lib/server/auth/session";
import { setUserLocale } from "@/lib/server/users/set-user-locale";
import { localeSchema } from "@/lib/validation/auth";

/** Switches the interface language and remembers it (cookie for a year, and on the account). */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: true,
    secure: (process.env.APP_URL ?? "").startsWith("https://"),
  });
  const user = await getSessionUser();
  if (user) await setUserLocale(user.id, parsed.data.locale);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
