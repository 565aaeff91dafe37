"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { publishStatisticsAction } from "@/app/supervisor/statistics/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  year: number;
  departmentId: string | null;
  /** The version this publication will become. */
  nextVersion: number;
  /** Why publishing is not possible now (failed checks), shown next to the disabled button; null when allowed. */
  blockedReason: string | null;
  /** The scope in words, for the confirmation ("2026年 · 全机关"). */
  scopeText: string;
};

/** 发布: a confirmation dialog, then the server action; a refusal (checks, a race) is said in words. */
export function PublishButton({ year, departmentId, nextVersion, blockedReason, scopeText }: Props) {
  const t = useTranslations("statistics.publish");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const label = nextVersion > 1 ? t("republish", { version: nextVersion }) : t("action");

  async function confirm() {
    setBusy(true);
    setMessage(null);
    const result = await publishStatisticsAction({ year, departmentId });
    setBusy(false);
    dialog.current?.close();
    if (result.ok) {
      setMessage({ tone: "success", text: t("done", { version: result.data.version }) });
      router.refresh();
      return;
    }
    setMessage({ tone: "error", text: result.fieldErrors?.reason ?? result.message });
  }

  return (
    <div className="space-y-2">
      <Button type="button" onClick={() => dialog.current?.showModal()} disabled={blockedReason !== null} aria-describedby={blockedReason ? "publish-blocked" : undefined} data-testid="publish-button">
        {label}
      </Button>
      {blockedReason ? (
        <p id="publish-blocked" className="font-medium text-danger" data-testid="publish-blocked">
          {blockedReason}
        </p>
      ) : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <dialog
        ref={dialog}
        aria-labelledby="publish-dialog-title"
        aria-describedby="publish-dialog-body"
        className="m-auto max-w-lg rounded-lg border border-line p-6 shadow-xl backdrop:bg-ink/50"
        data-testid="publish-dialog"
      >
        <h2 id="publish-dialog-title" className="text-xl font-semibold text-brand-800">
          {t("confirmTitle", { scope: scopeText, version: nextVersion })}
        </h2>
        <p id="publish-dialog-body" className="mt-3">
          {t("confirm")}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Button type="button" onClick={confirm} disabled={busy}>
            {busy ? t("working") : t("confirmYes")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()} disabled={busy} autoFocus>
            {t("cancel")}
          </Button>
        </div>
      </dialog>
    </div>
  );
}
