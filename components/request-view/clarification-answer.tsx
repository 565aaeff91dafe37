"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/auth/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";

/** The applicant's answer to a 补正 notice: text and optional files, posted as multipart. */
export function ClarificationAnswerForm({ trackingNumber, version }: { trackingNumber: string; version: number }) {
  const t = useTranslations("clarification");
  const c = useTranslations("common");
  const te = useTranslations("errors");
  const errorText = useErrorText();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = String(data.get("text") ?? "").trim();
    if (text.length < 5) {
      setErrors({ text: errorText("validation.supplement.tooShort") ?? "" });
      return;
    }
    data.set("expectedVersion", String(version));
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    try {
      const res = await fetch(`/api/web/requests/${encodeURIComponent(trackingNumber)}/clarification`, { method: "POST", body: data });
      const body = (await res.json().catch(() => null)) as { error?: { code?: string; fields?: Record<string, string> } } | null;
      if (res.ok) {
        router.refresh();
        return;
      }
      setErrors(body?.error?.fields ?? {});
      const code = (body?.error?.code ?? "internal").replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
      setMessage(t("failed", { message: te.has(code as never) ? te(code as never) : te("internal") }));
    } catch {
      setMessage(t("failed", { message: te("unavailable") }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="no-print space-y-4" aria-label={t("title")}>
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field id="supplement-text" label={t("text")} required requiredLabel={c("required")} hint={t("textHint")} error={errors.text}>
        <textarea
          id="supplement-text"
          name="text"
          rows={5}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy("supplement-text", { error: errors.text, hint: true })}
          className="block w-full rounded-md border border-line bg-white px-3 py-2"
        />
      </Field>
      <Field id="supplement-files" label={t("files")} hint={t("filesHint")} error={errors.files}>
        <input id="supplement-files" name="files" type="file" multiple accept="application/pdf,image/jpeg,image/png" aria-describedby={describedBy("supplement-files", { error: errors.files, hint: true })} />
      </Field>
      <Button type="submit" disabled={busy}>
        {busy ? c("loading") : t("submit")}
      </Button>
    </form>
  );
}
