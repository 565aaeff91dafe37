"use client";

import { useTranslations } from "next-intl";

/** Field messages are catalog keys ("validation.…"); show them in the current language. */
export function useErrorText(): (message?: string) => string | undefined {
  const t = useTranslations();
  return (message) => {
    if (!message) return undefined;
    return t.has(message as never) ? t(message as never) : message;
  };
}
