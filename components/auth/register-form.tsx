"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { registerAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { registerSchema } from "@/lib/validation/auth";
import { useActionForm } from "./use-action-form";

export function RegisterForm() {
  const t = useTranslations("auth");
  const c = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formMessage, errors, fieldError } = useActionForm(registerSchema, registerAction, {
    defaultValues: { name: "", email: "", password: "", confirmPassword: "" },
    onSuccess: () => router.push("/signin?registered=1"),
  });
  const fields = [
    { name: "name", type: "text", autoComplete: "name" },
    { name: "email", type: "email", autoComplete: "email" },
    { name: "password", type: "password", autoComplete: "new-password", hint: t("passwordHint") },
    { name: "confirmPassword", type: "password", autoComplete: "new-password" },
  ] as const;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary errors={errors} message={formMessage} />
      {fields.map((f) => {
        const error = fieldError(f.name);
        const hint = "hint" in f ? f.hint : undefined;
        return (
          <Field key={f.name} id={f.name} label={t(f.name)} required requiredLabel={c("required")} error={error} hint={hint}>
            <Input id={f.name} type={f.type} autoComplete={f.autoComplete} invalid={!!error} aria-describedby={describedBy(f.name, { error, hint: !!hint })} {...form.register(f.name)} />
          </Field>
        );
      })}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? c("loading") : t("registerButton")}
      </Button>
    </form>
  );
}
