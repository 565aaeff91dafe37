import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <div className="mx-auto max-w-2xl space-y-4" data-testid="forbidden">
      <h1 className="text-2xl font-semibold text-brand-800">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href="/home" className="text-brand-700 underline underline-offset-4">
        {t("goHome")}
      </Link>
    </div>
  );
}
