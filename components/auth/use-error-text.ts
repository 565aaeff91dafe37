"use client";

import { useLocale, useTranslations } from "next-intl";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/config";
import { isValidationMessageKey, translateValidationMessage } from "@/lib/validation/messages";

/** Field messages are catalog keys ("validation.…"); show them in the current language. */
export function useErrorText(): (message?: string) => string | undefined {
  const t = useTranslations();
  const locale = useLocale();
  return (message) => {
    if (!message) return undefined;
    if (isValidationMessageKey(message)) return translateValidationMessage(message, isLocale(locale) ? locale : DEFAULT_LOCALE);
    return t.has(message as never) ? t(message as never) : message;
  };
}
