import { CHECK_RULES, type CheckResult, MANUAL_FIGURE_IDS } from "@/lib/domain/statistics";
import type { Locale } from "@/lib/i18n/config";
import type { ScopeParams } from "./format";

/** What every table cell needs to render a value, built once per page (tables render a few hundred cells). */
export type StatContext = {
  locale: Locale;
  scope: ScopeParams;
  values: Readonly<Record<string, number | null | undefined>>;
  /** Ids read by a failed check: highlighted in the tables. */
  failing: ReadonlySet<string>;
  /** Computed values link to their drill-down (false in the printed report and for frozen figures). */
  links: boolean;
  /** False for a department's report: the manual figures are the agency's. */
  manualApplicable: boolean;
  /** In the printed annual report the section heading names each table: captions are for screen readers only. */
  report?: boolean;
  texts: {
    notEntered: string;
    notApplicable: string;
    failing: string;
    drillCases: (count: number) => string;
    drillAppeals: (count: number) => string;
  };
};

const MANUAL = new Set(MANUAL_FIGURE_IDS);

export function isManualFigure(id: string): boolean {
  return MANUAL.has(id);
}

/** Every value id a failed (not skipped) check reads. */
export function failingValueIds(checks: readonly CheckResult[]): Set<string> {
  const out = new Set<string>();
  for (const c of checks) {
    if (c.ok) continue;
    const rule = CHECK_RULES.find((r) => r.id === c.rule);
    for (const id of [...(rule?.left ?? []), ...(rule?.right ?? [])]) out.add(id);
  }
  return out;
}
