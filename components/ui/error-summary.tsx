"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

/** Errors summarised at the top, each a link to its field; focused when it appears. */
export function ErrorSummary({ errors, message }: { errors: { id: string; text: string }[]; message?: string }) {
  const t = useTranslations("common");
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0 || Boolean(message);
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, message, errors.length]);
  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" data-testid="form-errors" className="rounded-md border-l-4 border-danger bg-danger-bg px-4 py-3 text-danger">
      {message ? <p className="font-medium">{message}</p> : null}
      {errors.length ? (
        <>
          <p className="font-medium">{t("formErrorSummary", { count: errors.length })}</p>
          <ul className="mt-1 list-disc pl-6">
            {errors.map((e) => (
              <li key={e.id}>
                <a href={`#${e.id}`} className="underline underline-offset-2">
                  {e.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
