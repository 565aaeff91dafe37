"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { withdrawRequestAction } from "@/app/(public)/track/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const OPEN = ["received", "awaiting_clarification", "awaiting_fee"];

/** Withdraw with an explicit confirmation (a native dialog: focus-trapped and Escape-closable). */
export function WithdrawButton({ trackingNumber, version, status }: { trackingNumber: string; version: number; status: string; via: "portal" | "lookup" }) {
  const t = useTranslations("requests");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!OPEN.includes(status)) return null;
  const confirm = async () => {
    setBusy(true);
    const r = await withdrawRequestAction({ trackingNumber, expectedVersion: version });
    setBusy(false);
    dialog.current?.close();
    if (r.ok) router.refresh();
    else setError(r.message);
  };
  return (
    <div className="no-print space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button variant="secondary" onClick={() => dialog.current?.showModal()}>
        {t("withdraw")}
      </Button>
      <dialog ref={dialog} aria-labelledby="withdraw-title" className="m-auto max-w-md rounded-lg border border-line p-6 backdrop:bg-black/40">
        <h2 id="withdraw-title" className="text-lg font-semibold text-brand-800">
          {t("withdraw")}
        </h2>
        <p className="mt-2">{t("withdrawConfirm")}</p>
        <div className="mt-4 flex gap-3">
          <Button onClick={confirm} disabled={busy}>
            {t("withdrawYes")}
          </Button>
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            {t("withdrawNo")}
          </Button>
        </div>
      </dialog>
    </div>
  );
}
