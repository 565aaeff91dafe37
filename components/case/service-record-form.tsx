"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { recordServiceAction } from "@/app/staff/cases/[trackingNumber]/document-actions";
import { useErrorText } from "@/components/auth/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { SERVICE_METHODS } from "@/lib/domain/documents/kinds";

/** One small form per document: method, EMS number (post only), date served. */
export function ServiceRecordForm({ trackingNumber, documentId, today }: { trackingNumber: string; documentId: string; today: string }) {
  const t = useTranslations("documents");
  const errorText = useErrorText();
  const router = useRouter();
  const [method, setMethod] = useState<(typeof SERVICE_METHODS)[number]>("post");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `service-${documentId}-${f}`;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setBusy(true);
    const r = await recordServiceAction({
      trackingNumber,
      documentId,
      service: { method, emsNumber: String(data.get("emsNumber") ?? ""), servedAt: String(data.get("servedAt") ?? "") },
    });
    setBusy(false);
    if (r.ok) {
      setErrors({});
      setMessage({ tone: "success", text: t("service.saved") });
      router.refresh();
      return;
    }
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.fieldErrors ?? {})) fields[k.replace(/^service\./, "")] = errorText(v) ?? v;
    setErrors(fields);
    setMessage({ tone: "error", text: r.message });
  };

  return (
    <form onSubmit={submit} noValidate className="mt-2 space-y-3 rounded-md border border-line p-3" aria-label={t("service.record")}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field id={id("method")} label={t("service.method")} error={errors.method}>
        <select id={id("method")} value={method} onChange={(e) => setMethod(e.target.value as typeof method)} className="block min-h-11 w-full rounded-md border border-line bg-white px-3">
          {SERVICE_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`serviceMethods.${m}`)}
            </option>
          ))}
        </select>
      </Field>
      {method === "post" ? (
        <Field id={id("ems")} label={t("service.emsNumber")} hint={t("service.emsHint")} error={errors.emsNumber} required>
          <Input id={id("ems")} name="emsNumber" autoComplete="off" invalid={!!errors.emsNumber} aria-describedby={describedBy(id("ems"), { error: errors.emsNumber, hint: true })} />
        </Field>
      ) : null}
      <Field id={id("servedAt")} label={t("service.servedAt")} error={errors.servedAt} required>
        <Input id={id("servedAt")} name="servedAt" type="date" max={today} defaultValue={today} invalid={!!errors.servedAt} aria-describedby={describedBy(id("servedAt"), { error: errors.servedAt })} />
      </Field>
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("service.save")}
      </Button>
    </form>
  );
}
