import { AppError } from "@/lib/errors";

/**
 * Cookie-authenticated endpoints the browser posts to (multipart is a "simple" request a foreign page could
 * send): refuse a request whose Origin is another site.
 */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("forbidden");
  }
  if (!host || originHost !== host) throw new AppError("forbidden");
}
