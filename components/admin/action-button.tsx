"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/auth/use-error-text";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/errors";

type Props<I> = {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  label: string;
  /** Asked inline before acting (a second button), for what cannot simply be undone. */
  confirmText?: string;
  confirmLabel?: string;
  successText?: string;
  variant?: "primary" | "secondary";
  danger?: boolean;
};

/** One button that runs a server action, says what happened next to itself and refreshes the page. */
export function ActionButton<I>({ action, input, label, confirmText, confirmLabel, successText, variant = "secondary", danger }: Props<I>) {
  const c = useTranslations("admin.common");
  const router = useRouter();
  const errorText = useErrorText();
  const [state, setState] = useState<"idle" | "confirm" | "busy">("idle");
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  async function run() {
    setState("busy");
    setMessage(undefined);
    const result = await action(input);
    setState("idle");
    if (result.ok) {
      if (successText) setMessage({ ok: true, text: successText });
      router.refresh();
      return;
    }
    const fieldMessage = Object.values(result.fieldErrors ?? {})[0];
    setMessage({ ok: false, text: (fieldMessage && errorText(fieldMessage)) || result.message });
  }

  const dangerClass = cn("whitespace-nowrap", danger && "border-danger text-danger hover:bg-danger-bg");
  return (
    <div className="space-y-2">
      {state === "confirm" ? (
        <div className="space-y-2 rounded-md border border-line bg-white p-3" role="group" aria-label={confirmText}>
          <p className="font-medium">{confirmText}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="primary" className={danger ? "bg-danger hover:bg-danger/90" : undefined} onClick={run} autoFocus>
              {confirmLabel ?? label}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setState("idle")}>
              {c("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant={variant} className={dangerClass} disabled={state === "busy"} onClick={() => (confirmText ? setState("confirm") : run())}>
          {state === "busy" ? c("working") : label}
        </Button>
      )}
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-ok" : "font-medium text-danger"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
