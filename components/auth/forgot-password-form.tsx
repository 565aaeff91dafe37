"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { forgotPasswordAction } from "@/app/(auth)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { forgotPasswordSchema } from "@/lib/validation/auth";
import { useActionForm } from "./use-action-form";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const c = useTranslations("common");
  const [sent, setSent] = useState(false);
  const { form, onSubmit, formMessage, errors, fieldError } = useActionForm(forgotPasswordSchema, forgotPasswordAction, {
    defaultValues: { email: "" },
    onSuccess: () => setSent(true),
  });
  if (sent) return <Alert tone="success">{t("forgotSent")}</Alert>;
  const error = fieldError("email");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary errors={errors} message={formMessage} />
      <Field id="email" label={t("email")} required requiredLabel={c("required")} error={error}>
        <Input id="email" type="email" autoComplete="email" invalid={!!error} aria-describedby={describedBy("email", { error })} {...form.register("email")} />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? c("loading") : t("forgotButton")}
      </Button>
    </form>
  );
}
