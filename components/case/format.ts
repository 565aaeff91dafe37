import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/labels";

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** 星期日 / Sunday. */
export function weekdayName(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { weekday: "long", timeZone: "UTC" }).format(utc(date));
}

/** A date range with the shared year written once: 2026年10月1日至10月7日 / 1 October to 7 October 2026. */
export function formatDateRange(from: string, to: string, locale: Locale): { from: string; to: string } {
  if (from.slice(0, 4) !== to.slice(0, 4)) return { from: formatDate(from, locale), to: formatDate(to, locale) };
  if (locale === "zh-CN") {
    const [, m, d] = to.split("-").map(Number);
    return { from: formatDate(from, locale), to: `${m}月${d}日` };
  }
  const short = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(utc(from));
  return { from: short, to: formatDate(to, locale) };
}

/** 12.5 → "12.50" for amounts in yuan. */
export function formatYuan(amount: number): string {
  return amount.toFixed(2);
}

/** For tables: 2026年9月18日 / 18 Sep 2026 (English month names are long). */
export function formatShortDate(date: string, locale: Locale): string {
  if (locale === "zh-CN") return formatDate(date, locale);
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(utc(date));
}
