import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/i18n/labels";
import type { Publication } from "@/lib/server/statistics/published-snapshot";
import { type ScopeParams, scopeHref } from "./format";
import { PublishButton } from "./publish-button";

type Props = {
  scope: ScopeParams;
  locale: Locale;
  /** Newest first. */
  publications: Publication[];
  /** How many values differ between the live figures and the latest publication. */
  differences: number;
  canPublish: boolean;
  /** Failed checks in words, or null. */
  blockedReason: string | null;
  scopeText: string;
};

/** "已发布（第 N 版，…）", a banner when the live figures moved since, the publish button and the publication history. */
export async function PublishPanel({ scope, locale, publications, differences, canPublish, blockedReason, scopeText }: Props) {
  const t = await getTranslations("statistics.publish");
  const latest = publications[0] ?? null;
  const who = (p: Publication) => p.publishedBy?.name || t("unknownUser");
  return (
    <section aria-labelledby="publish-title" className="space-y-4 rounded-lg border border-line bg-white p-5 no-print">
      <h2 id="publish-title" className="text-xl font-semibold text-brand-800">
        {t("title")}
      </h2>
      {latest ? (
        <p className="font-medium text-ok" data-testid="published-status">
          {t("published", { version: latest.version, date: formatInstant(latest.publishedAt, locale), name: who(latest) })}
        </p>
      ) : (
        <p className="text-muted" data-testid="published-status">
          {t("neverPublished")}
        </p>
      )}
      {latest && differences > 0 ? (
        <div className="rounded-md border-2 border-warn bg-warn-bg px-4 py-3 text-warn" data-testid="live-differs-banner">
          <p className="text-lg font-semibold">{t("liveDiffers")}</p>
          <p className="mt-1 text-ink">{t("liveDiffersBody", { version: latest.version, count: differences })}</p>
          <Link href={scopeHref("/supervisor/statistics/diff", scope)} className="mt-2 inline-block font-medium text-brand-700 underline underline-offset-4">
            {t("viewDiff")}
          </Link>
        </div>
      ) : latest ? (
        <p className="text-ok">{t("liveMatches")}</p>
      ) : null}
      {canPublish ? (
        <PublishButton year={scope.year} departmentId={scope.departmentId} nextVersion={(latest?.version ?? 0) + 1} blockedReason={blockedReason} scopeText={scopeText} />
      ) : null}
      {publications.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-medium text-brand-700">{t("versions", { count: publications.length })}</summary>
          <ol className="mt-2 space-y-1" data-testid="publication-history">
            {publications.map((p) => (
              <li key={p.id} className="flex flex-wrap gap-x-3">
                <span className="font-medium">{t("versionLabel", { version: p.version })}</span>
                <span className="text-muted">{t("publishedBy", { date: formatInstant(p.publishedAt, locale), name: who(p) })}</span>
                {p.version > 1 ? (
                  <Link href={scopeHref("/supervisor/statistics/diff", scope, { version: p.version })} className="text-brand-700 underline underline-offset-4">
                    {t("compareWithPrevious", { version: p.version - 1 })}
                  </Link>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
