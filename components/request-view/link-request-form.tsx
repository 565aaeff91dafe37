"use client";

import { useTranslations } from "next-intl";
import { linkRequestAction } from "@/app/portal/actions";
import { useActionForm } from "@/components/auth/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { linkRequestSchema } from "@/lib/validation/lookup";

/** Adds a request filed on paper (or online without an account) to My requests, with the codes on its 受理回执. */
export function LinkRequestForm() {
  const t = useTranslations("linkRequest");
  const r = useTranslations("requests");
  const c = useTranslations("common");
  const { form, onSubmit, formMessage, errors, fieldError } = useActionForm(linkRequestSchema, linkRequestAction, {
    defaultValues: { trackingNumber: "", queryCode: "" },
    messageFor: (res) => (res.code === "not_found" ? r("trackFailed") : res.code === "conflict" ? t("linkedElsewhere") : undefined),
  });
  const tn = fieldError("trackingNumber");
  const qc = fieldError("queryCode");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("title")} data-testid="link-request-form">
      <ErrorSummary errors={errors.map((e) => ({ ...e, id: `link-${e.id}` }))} message={formMessage} />
      <Field id="link-trackingNumber" label={r("trackingNumber")} required requiredLabel={c("required")} error={tn}>
        <Input id="link-trackingNumber" autoComplete="off" spellCheck={false} placeholder="GK-2026-000001" invalid={!!tn} aria-describedby={describedBy("link-trackingNumber", { error: tn })} {...form.register("trackingNumber")} />
      </Field>
      <Field id="link-queryCode" label={r("queryCode")} required requiredLabel={c("required")} error={qc}>
        <Input id="link-queryCode" autoComplete="off" spellCheck={false} placeholder="XXXXX-XXXXX" invalid={!!qc} aria-describedby={describedBy("link-queryCode", { error: qc })} {...form.register("queryCode")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? c("loading") : t("submit")}
      </Button>
    </form>
  );
}
