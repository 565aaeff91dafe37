import type { Locale } from "@/lib/i18n/config";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A `YYYY-MM-DD` business date as 2026年11月30日 (zh-CN) or 30 November 2026 (en); anything else is shown as given. */
export function formatCalendarDate(value: string, locale: Locale): string {
  const m = ISO_DATE.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // The date is a calendar day, not an instant: format it in UTC so no time zone can shift it.
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" }).format(date);
}

/** Bytes as a short number plus its unit key (the unit text comes from the catalog). */
export function fileSizeParts(bytes: number, locale: Locale): { size: string; unit: "sizeKB" | "sizeMB" } {
  const nf = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  if (bytes < 1024 * 1024) return { size: nf(0).format(Math.max(1, Math.round(bytes / 1024))), unit: "sizeKB" };
  return { size: nf(1).format(bytes / (1024 * 1024)), unit: "sizeMB" };
}
