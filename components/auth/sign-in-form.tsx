"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { signInAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { signInSchema } from "@/lib/validation/auth";
import { useActionForm } from "./use-action-form";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const c = useTranslations("common");
  const { form, onSubmit, formMessage, errors, fieldError } = useActionForm(signInSchema, signInAction, {
    defaultValues: { email: "", password: "", callbackUrl },
    messageFor: (r) => (r.code === "unauthorized" ? t("badCredentials") : r.code === "rate_limited" ? t("rateLimited") : undefined),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary errors={errors} message={formMessage} />
      <Field id="email" label={t("email")} required requiredLabel={c("required")} error={fieldError("email")}>
        <Input id="email" type="email" autoComplete="username" invalid={!!fieldError("email")} aria-describedby={describedBy("email", { error: fieldError("email") })} {...form.register("email")} />
      </Field>
      <Field id="password" label={t("password")} required requiredLabel={c("required")} error={fieldError("password")}>
        <Input id="password" type="password" autoComplete="current-password" invalid={!!fieldError("password")} aria-describedby={describedBy("password", { error: fieldError("password") })} {...form.register("password")} />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? c("loading") : t("signInButton")}
      </Button>
      <p className="text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline underline-offset-4">
          {t("forgotLink")}
        </Link>
      </p>
    </form>
  );
}
