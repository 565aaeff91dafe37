import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { homePathFor } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/server/auth/session";
import { safeCallbackPath } from "@/lib/server/http/safe-callback";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

type Search = Promise<{ callbackUrl?: string; registered?: string; reset?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const [t, sp, user] = await Promise.all([getTranslations("auth"), searchParams, getSessionUser()]);
  const callbackUrl = safeCallbackPath(sp.callbackUrl) ?? undefined;
  if (user) redirect(callbackUrl ?? homePathFor(user.roles));
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">{t("signInTitle")}</h1>
      <p className="text-muted">{t("signInLead")}</p>
      {sp.registered ? <Alert tone="success">{t("registered")}</Alert> : null}
      {sp.reset ? <Alert tone="success">{t("resetDone")}</Alert> : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p>
        {t("noAccount")}{" "}
        <Link href="/register" className="text-brand-700 underline underline-offset-4">
          {t("registerLink")}
        </Link>
      </p>
    </div>
  );
}
