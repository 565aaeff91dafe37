import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const [t, { token }] = await Promise.all([getTranslations("auth"), params]);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">{t("resetTitle")}</h1>
      <ResetPasswordForm token={token} />
    </div>
  );
}
