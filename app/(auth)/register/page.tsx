import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/auth/register-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("registerTitle") };
}

export default async function RegisterPage() {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">{t("registerTitle")}</h1>
      <p className="text-muted">{t("registerLead")}</p>
      <RegisterForm />
      <p>
        {t("haveAccount")}{" "}
        <Link href="/signin" className="text-brand-700 underline underline-offset-4">
          {t("signInButton")}
        </Link>
      </p>
    </div>
  );
}
