"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/auth/use-error-text";

/** A message to show later in the current language: a catalog key (with values), or text the server already translated. */
export type FormMessage = { key: string; values?: Record<string, string | number> } | { text: string };

export function useMessageText(): (m: FormMessage | null | undefined) => string | undefined {
  const t = useTranslations();
  const errorText = useErrorText();
  return (m) => {
    if (!m) return undefined;
    if ("text" in m) return errorText(m.text);
    if (m.key.startsWith("validation.")) return errorText(m.key);
    return t.has(m.key as never) ? t(m.key as never, m.values as never) : m.key;
  };
}
