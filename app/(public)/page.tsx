import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/server/auth/session";
import { homePathFor } from "@/lib/auth/roles";

export default async function LandingPage() {
  const [t, user] = await Promise.all([getTranslations("landing"), getSessionUser()]);
  const how = ["identity", "description", "form"] as const;
  const deadlines = ["onTheSpot", "twenty", "extension", "clarification", "consultation"] as const;
  return (
    <div className="space-y-8">
      <section className="rounded-lg bg-brand-700 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-semibold sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-brand-50">{t("lead")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/requests/new" className={buttonClass("secondary")}>
            {t("ctaFile")}
          </Link>
          <Link href="/track" className="inline-flex min-h-11 items-center px-2 text-white underline underline-offset-4">
            {t("ctaTrack")}
          </Link>
          {user ? (
            <Link href={homePathFor(user.roles)} className="inline-flex min-h-11 items-center px-2 text-white underline underline-offset-4">
              {t("ctaHome")}
            </Link>
          ) : (
            <>
              <Link href="/register" className="inline-flex min-h-11 items-center px-2 text-white underline underline-offset-4">
                {t("ctaRegister")}
              </Link>
              <Link href="/signin" className="inline-flex min-h-11 items-center px-2 text-white underline underline-offset-4">
                {t("ctaSignIn")}
              </Link>
            </>
          )}
        </div>
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("whatTitle")}>
          <p>{t("whatBody")}</p>
        </Card>
        <Card title={t("howTitle")}>
          <ol className="list-decimal space-y-1 pl-6">
            {how.map((k) => (
              <li key={k}>{t(`howItems.${k}`)}</li>
            ))}
          </ol>
          <p className="mt-3">{t("channelsBody")}</p>
        </Card>
        <Card title={t("deadlinesTitle")}>
          <ul className="list-disc space-y-1 pl-6">
            {deadlines.map((k) => (
              <li key={k}>{t(`deadlineItems.${k}`)}</li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-muted">{t("workingDaysNote")}</p>
        </Card>
        <Card title={t("feesTitle")}>
          <p>{t("feesBody")}</p>
        </Card>
      </div>
    </div>
  );
}
