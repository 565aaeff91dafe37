/** Dates and times as admins read them: Asia/Shanghai, 2026-11-30 09:15. */
export function formatDateTime(d: Date | string | null | undefined): string {
  if (!d) return "";
  const date = typeof d === "string" ? new Date(d) : d;
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().replace("T", " ").slice(0, 16);
}

export function formatDate(d: Date | string | null | undefined): string {
  return formatDateTime(d).slice(0, 10);
}
