"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { lookupAction, reissueQueryCodeAction } from "@/app/(public)/track/actions";
import { useActionForm } from "@/components/auth/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { lookupSchema, reissueQueryCodeSchema } from "@/lib/validation/lookup";

export function LookupForm({ trackingNumber }: { trackingNumber?: string }) {
  const t = useTranslations("requests");
  const c = useTranslations("common");
  const { form, onSubmit, formMessage, errors, fieldError } = useActionForm(lookupSchema, lookupAction, {
    defaultValues: { trackingNumber: trackingNumber ?? "", queryCode: "" },
    messageFor: (r) => (r.code === "not_found" ? t("trackFailed") : undefined),
  });
  const tn = fieldError("trackingNumber");
  const qc = fieldError("queryCode");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary errors={errors} message={formMessage} />
      <Field id="trackingNumber" label={t("trackingNumber")} required requiredLabel={c("required")} error={tn}>
        <Input id="trackingNumber" autoComplete="off" spellCheck={false} placeholder="GK-2026-000001" invalid={!!tn} aria-describedby={describedBy("trackingNumber", { error: tn })} {...form.register("trackingNumber")} />
      </Field>
      <Field id="queryCode" label={t("queryCode")} required requiredLabel={c("required")} error={qc}>
        <Input id="queryCode" autoComplete="off" spellCheck={false} placeholder="XXXXX-XXXXX" invalid={!!qc} aria-describedby={describedBy("queryCode", { error: qc })} {...form.register("queryCode")} />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? c("loading") : t("trackButton")}
      </Button>
    </form>
  );
}

export function ReissueForm() {
  const t = useTranslations("requests");
  const c = useTranslations("common");
  const [sent, setSent] = useState(false);
  const { form, onSubmit, formMessage, errors, fieldError } = useActionForm(reissueQueryCodeSchema, reissueQueryCodeAction, {
    defaultValues: { trackingNumber: "", email: "" },
    onSuccess: () => setSent(true),
  });
  if (sent) return <Alert tone="success">{t("reissueSent")}</Alert>;
  const tn = fieldError("trackingNumber");
  const em = fieldError("email");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary errors={errors.map((e) => ({ ...e, id: `reissue-${e.id}` }))} message={formMessage} />
      <Field id="reissue-trackingNumber" label={t("trackingNumber")} required requiredLabel={c("required")} error={tn}>
        <Input id="reissue-trackingNumber" autoComplete="off" invalid={!!tn} aria-describedby={describedBy("reissue-trackingNumber", { error: tn })} {...form.register("trackingNumber")} />
      </Field>
      <Field id="reissue-email" label={t("email")} required requiredLabel={c("required")} error={em}>
        <Input id="reissue-email" type="email" autoComplete="email" invalid={!!em} aria-describedby={describedBy("reissue-email", { error: em })} {...form.register("email")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("reissueButton")}
      </Button>
    </form>
  );
}
