/**
 * The caller's address, used only for rate limits. The right-most X-Forwarded-For entry is the one added by
 * the nearest hop (our reverse proxy, or `next start` itself when none sent the header); entries further left
 * are whatever the client wrote. Behind a reverse proxy, have it overwrite the header (README, Deployment).
 */
export function clientIpFromHeaders(headers: Headers): string {
  const parts = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return parts[parts.length - 1] || headers.get("x-real-ip") || "unknown";
}
