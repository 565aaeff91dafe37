// The framework-free core: usable from scripts (seed, CLIs) as well as from the server.
import { createTranslator } from "use-intl/core";
import type { Locale } from "./config";
import { MESSAGES } from "./messages";

const translators = new Map<Locale, ReturnType<typeof create>>();

function create(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

/**
 * A translator outside React (mails, API messages, documents). One per locale for the life of the process: it
 * keeps its compiled ICU messages, which would otherwise be parsed again on every call (a hot path at intake).
 */
export function translatorFor(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = create(locale)));
  return t;
}
