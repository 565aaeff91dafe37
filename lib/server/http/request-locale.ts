import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/config";

/** For route handlers: the locale cookie, else Accept-Language, else zh-CN. */
export function localeOfRequest(req: Request): Locale {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(req.headers.get("cookie") ?? "")?.[1];
  const decoded = cookie ? decodeURIComponent(cookie) : undefined;
  if (isLocale(decoded)) return decoded;
  return localeFromAcceptLanguage(req.headers.get("accept-language"));
}

export { LOCALE_COOKIE };
