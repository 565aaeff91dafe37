"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { resetPasswordSchema } from "@/lib/validation/auth";
import { useActionForm } from "./use-action-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const c = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formMessage, errors, fieldError } = useActionForm(resetPasswordSchema, resetPasswordAction, {
    defaultValues: { token, password: "", confirmPassword: "" },
    onSuccess: () => router.push("/signin?reset=1"),
    messageFor: (r) => (r.code === "not_found" ? t("resetInvalid") : undefined),
  });
  const pw = fieldError("password");
  const confirm = fieldError("confirmPassword");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary errors={errors.filter((e) => e.id !== "token")} message={formMessage} />
      <Field id="password" label={t("password")} required requiredLabel={c("required")} error={pw} hint={t("passwordHint")}>
        <Input id="password" type="password" autoComplete="new-password" invalid={!!pw} aria-describedby={describedBy("password", { error: pw, hint: true })} {...form.register("password")} />
      </Field>
      <Field id="confirmPassword" label={t("confirmPassword")} required requiredLabel={c("required")} error={confirm}>
        <Input id="confirmPassword" type="password" autoComplete="new-password" invalid={!!confirm} aria-describedby={describedBy("confirmPassword", { error: confirm })} {...form.register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? c("loading") : t("resetButton")}
      </Button>
    </form>
  );
}
