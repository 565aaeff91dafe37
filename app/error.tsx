"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/**
 * A page that failed to render (the database unreachable, a bug): a calm explanation in the user's language instead of
 * Next's bare error screen. The details stay in the server log under the digest shown here.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div className="mx-auto max-w-2xl space-y-4" role="alert" data-testid="error-page">
      <h1 className="text-2xl font-semibold text-brand-800">{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest ? <p className="text-sm text-muted">{t("reference", { digest: error.digest })}</p> : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className={buttonClass("primary")}>
          {t("retry")}
        </button>
        <Link href="/" className={buttonClass("secondary")}>
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
