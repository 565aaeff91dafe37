import type { Label } from "@/lib/domain/statistics";
import type { Locale } from "@/lib/i18n/config";
import { FIRST_STATISTICS_YEAR, parseStatisticsYear } from "@/lib/validation/statistics";

/** An official label in the reader's language: the verbatim Chinese, or our English. */
export function pick(label: Label, locale: Locale): string {
  return locale === "en" ? label.en : label.zh;
}

/** A table value as printed: whole counts plain (as the official tables print them), the 万元 amount as entered. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000);
}

/** The statistics scope in a URL: ?year=…&department=… (no department: the whole agency). */
export type ScopeParams = { year: number; departmentId: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Reads ?year and ?department: a missing or impossible year falls back to `defaultYear`; a department that is not
 * a UUID is ignored (the page then shows the whole agency). Whether the department exists is the server's question.
 */
export function parseScope(params: Record<string, string | string[] | undefined>, defaultYear: number): ScopeParams {
  const year = parseStatisticsYear(first(params.year)) ?? defaultYear;
  const department = first(params.department)?.trim();
  return { year, departmentId: department && UUID.test(department) ? department.toLowerCase() : null };
}

/** A supervisor statistics URL with the scope (and any extra parameters) in its query. */
export function scopeHref(path: string, scope: ScopeParams, extra: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams({ year: String(scope.year) });
  if (scope.departmentId) q.set("department", scope.departmentId);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) q.set(k, String(v));
  return `${path}?${q.toString()}`;
}

/** The drill-down list behind one computed value. */
export function cellHref(scope: ScopeParams, cellId: string): string {
  return scopeHref("/supervisor/statistics/cell", scope, { cell: cellId });
}

/** Every report year from the 2008 Regulation to this year, newest first. */
export function statisticsYears(currentYear: number): number[] {
  return Array.from({ length: currentYear - FIRST_STATISTICS_YEAR + 1 }, (_, i) => currentYear - i);
}

/** An id usable in HTML (`headers`, `aria-*`) from a value id like "format2021/table3/3.1/commercial". */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
