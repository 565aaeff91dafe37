/**
 * Only a same-site path survives as a post-sign-in destination: an absolute URL (or `//host`) would be an
 * open redirect, so it is reduced to its path and query or refused.
 */
export function safeCallbackPath(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let path = raw;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    try {
      const u = new URL(raw);
      path = `${u.pathname}${u.search}`;
    } catch {
      return null;
    }
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  if (path.startsWith("/api/") || path.startsWith("/signin")) return null;
  return path;
}
