import { NextResponse, type NextRequest } from "next/server";

const PROTECTED = ["/portal", "/staff", "/supervisor", "/admin"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Only redirects: an anonymous visitor to a protected area goes to sign-in with the path to come back to.
 * Every real check (session, role, ownership) happens on the server in the page or action itself.
 */
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const isProtected = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isProtected && !SESSION_COOKIES.some((c) => req.cookies.has(c))) {
    const url = req.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/portal/:path*", "/staff/:path*", "/supervisor/:path*", "/admin/:path*"] };
