import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from "./config";
import { MESSAGES } from "./messages";

/** No locale in the URL: the choice is a cookie (remembered), else the browser's language, else zh-CN. */
export default getRequestConfig(async () => {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookie) ? cookie : localeFromAcceptLanguage((await headers()).get("accept-language"));
  return { locale, messages: MESSAGES[locale], timeZone: "Asia/Shanghai" };
});
