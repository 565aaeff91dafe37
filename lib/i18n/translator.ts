// The framework-free core: usable from scripts (seed, CLIs) as well as from the server.
import { createTranslator } from "use-intl/core";
import type { Locale } from "./config";
import { MESSAGES } from "./messages";

/** A translator outside React (mails, API messages, documents). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}
