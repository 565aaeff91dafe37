import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { type ScopeParams, scopeHref } from "./format";

function exportHref(scope: ScopeParams, format: "xlsx" | "csv", version: "live" | "published"): string {
  const q = new URLSearchParams({ format, version });
  if (scope.departmentId) q.set("department", scope.departmentId);
  return `/supervisor/statistics/${scope.year}/export?${q.toString()}`;
}

/** XLSX and CSV of the live figures (and of the latest publication, when there is one), and the A4 annual report. */
export async function Downloads({ scope, publishedVersion }: { scope: ScopeParams; publishedVersion: number | null }) {
  const t = await getTranslations("statistics.export");
  const link = buttonClass("secondary", "min-h-10 px-4");
  return (
    <section aria-labelledby="downloads-title" className="no-print space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 id="downloads-title" className="text-xl font-semibold text-brand-800">
        {t("title")}
      </h2>
      <div className="flex flex-wrap gap-3">
        <a href={exportHref(scope, "xlsx", "live")} download className={link} data-testid="download-xlsx">
          {t("xlsx")}
        </a>
        <a href={exportHref(scope, "csv", "live")} download className={link} data-testid="download-csv">
          {t("csv")}
        </a>
        {publishedVersion !== null ? (
          <>
            <a href={exportHref(scope, "xlsx", "published")} download className={link} data-testid="download-xlsx-published">
              {t("xlsxPublished", { version: publishedVersion })}
            </a>
            <a href={exportHref(scope, "csv", "published")} download className={link}>
              {t("csvPublished", { version: publishedVersion })}
            </a>
          </>
        ) : null}
        <Link href={scopeHref("/supervisor/statistics/report", scope)} className={link} data-testid="open-report">
          {t("report")}
        </Link>
      </div>
    </section>
  );
}
