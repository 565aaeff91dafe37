import { NextResponse, type NextRequest } from "next/server";

const PROTECTED = ["/portal", "/staff", "/supervisor", "/admin"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** A fresh nonce per page: Next puts it on its own scripts; no inline script runs without it. */
function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (progress bars, print rules) are harmless; scripts are what CSP must hold back.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * A URL no route can serve: a percent-escape that is not UTF-8 (Next's router would answer a bare 500,
 * vercel/next.js#43303) or a NUL, which PostgreSQL refuses in any text. Checked on the raw URL.
 */
function isUnservableUrl(pathname: string, search: string): boolean {
  if (/%00/.test(pathname) || /%00/.test(search)) return true;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Pages, and API paths with a percent-escape (see the matcher). For pages: sets the CSP with a per-request nonce,
 * and redirects an anonymous visitor of a protected area to sign-in with the path to come back to. Every real check
 * (session, role, ownership) happens on the server in the page, route handler or action itself. For the API it only
 * turns away URLs no route can serve, as JSON.
 */
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const unservable = isUnservableUrl(pathname, search);
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const res = unservable ? NextResponse.json({ error: { code: "not_found" } }, { status: 404 }) : NextResponse.next();
    return withTransportSecurity(res);
  }
  // A POST to a page is a server action: past Next's body limit for them (serverActions.bodySizeLimit, 1 MB) Next
  // answers a bare 500; say 413 instead, before anything is read.
  if (req.method === "POST" && Number(req.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT) {
    return withTransportSecurity(NextResponse.json({ error: { code: "payload_too_large" } }, { status: 413 }));
  }
  const isProtected = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!unservable && isProtected && !SESSION_COOKIES.some((c) => req.cookies.has(c))) {
    const url = req.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}`;
    return withTransportSecurity(NextResponse.redirect(url));
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // The app's own 404 page (Next's built-in not-found route renders app/not-found.tsx) instead of the router's bare 500.
  const res = unservable
    ? NextResponse.rewrite(new URL("/_not-found", req.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("content-security-policy", csp);
  return withTransportSecurity(res);
}

/** HSTS whenever the public URL is https (browsers ignore it over plain http anyway). */
function withTransportSecurity(res: NextResponse): NextResponse {
  if ((process.env.APP_URL ?? "").startsWith("https://")) {
    res.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  }
  return res;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // API paths only when they hold a percent-escape (to turn away undecodable ones): every other API request skips
    // the proxy, whose body cloning would cap uploads at 10 MB.
    { source: "/api/:rest(.*%.*)" },
  ],
};
