import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { MESSAGES } from "./messages";

/** A translator outside React (mails, API messages, documents). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}
