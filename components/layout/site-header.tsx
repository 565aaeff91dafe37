import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction, signOutAction } from "@/app/actions";
import { can, type Capability } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/server/auth/session";

const AREAS: { href: string; capability: Capability; label: "portal" | "staff" | "supervisor" | "admin" }[] = [
  { href: "/portal", capability: "portal.use", label: "portal" },
  { href: "/staff", capability: "staff.use", label: "staff" },
  { href: "/supervisor", capability: "supervisor.use", label: "supervisor" },
  { href: "/admin", capability: "admin.use", label: "admin" },
];

export async function SiteHeader() {
  const [t, nav, user, locale] = await Promise.all([getTranslations("common"), getTranslations("nav"), getSessionUser(), getLocale()]);
  const areas = user ? AREAS.filter((a) => can(user.roles, a.capability)) : [];
  return (
    <header className="border-b-4 border-brand-600 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto text-xl font-semibold text-brand-800 no-underline">
          <span aria-hidden="true" className="mr-2 inline-block rounded bg-brand-600 px-2 py-0.5 text-base text-white">
            {t("appShortName")}
          </span>
          {t("appName")}
        </Link>
        <nav aria-label={nav("main")} className="flex flex-wrap items-center gap-4">
          <Link href="/requests/new" className="text-brand-700 underline-offset-4 hover:underline">
            {nav("file")}
          </Link>
          <Link href="/track" className="text-brand-700 underline-offset-4 hover:underline">
            {nav("track")}
          </Link>
          {areas.map((a) => (
            <Link key={a.href} href={a.href} className="text-brand-700 underline-offset-4 hover:underline">
              {nav(a.label)}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-3">
          <form action={setLocaleAction}>
            <input type="hidden" name="locale" value={locale === "en" ? "zh-CN" : "en"} />
            <button type="submit" className="rounded border border-line px-3 py-1 text-sm text-brand-700 hover:bg-brand-50" aria-label={`${t("switchTo")} ${t("switchToLabel")}`} lang={locale === "en" ? "zh-CN" : "en"}>
              {t("switchTo")}
            </button>
          </form>
          {user ? (
            <>
              <span className="text-sm text-muted" data-testid="signed-in-as">
                {t("signedInAs", { name: user.name })}
              </span>
              <form action={signOutAction}>
                <button type="submit" className="text-sm text-brand-700 underline underline-offset-4">
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/signin" className="text-brand-700 underline underline-offset-4">
                {t("signIn")}
              </Link>
              <Link href="/register" className="text-brand-700 underline underline-offset-4">
                {t("register")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
