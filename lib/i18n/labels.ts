import { OUTCOME_DEFINITIONS, REASON_DEFINITIONS } from "@/lib/domain/outcomes";
import type { Locale } from "./config";

/** Official labels come from the domain tables (verbatim zh-CN), not from the catalogs. */
export function outcomeLabel(outcome: string | null, locale: Locale): string | null {
  const d = OUTCOME_DEFINITIONS.find((o) => o.value === outcome);
  return d ? (locale === "en" ? d.labelEn : d.labelZh) : null;
}

export function reasonLabel(code: string | null, locale: Locale): string | null {
  const d = REASON_DEFINITIONS.find((r) => r.code === code);
  return d ? `${d.code} ${locale === "en" ? d.labelEn : d.labelZh}` : null;
}

/** 2026-11-30 → 2026年11月30日 / 30 November 2026 (business dates are calendar dates in Asia/Shanghai). */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return "";
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  if (locale === "zh-CN") return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d));
}

export function formatInstant(at: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(new Date(at));
}
