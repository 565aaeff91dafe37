import "server-only";
import { getTranslations } from "next-intl/server";
import type { CheckResult } from "@/lib/domain/statistics";
import type { PageScope } from "./page-scope";
import { failingValueIds, type StatContext } from "./stat-context";

/** The table context of a page: values, the failing ones, links on or off, and the words cells need. */
export async function makeStatContext(
  scope: PageScope,
  values: Readonly<Record<string, number | null | undefined>>,
  checks: readonly CheckResult[],
  options: { links: boolean; report?: boolean },
): Promise<StatContext> {
  const t = await getTranslations("statistics.cells");
  return {
    locale: scope.locale,
    scope: { year: scope.year, departmentId: scope.departmentId },
    values,
    failing: failingValueIds(checks),
    links: options.links,
    report: options.report ?? false,
    manualApplicable: scope.departmentId === null,
    texts: {
      notEntered: t("notEntered"),
      notApplicable: t("notApplicable"),
      failing: t("failing"),
      drillCases: (count) => t("drillCases", { count }),
      drillAppeals: (count) => t("drillAppeals", { count }),
    },
  };
}
