import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const [t, c] = await Promise.all([getTranslations("notFound"), getTranslations("common")]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold text-brand-800">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href="/" className="text-brand-700 underline underline-offset-4">
        {c("home")}
      </Link>
    </div>
  );
}
