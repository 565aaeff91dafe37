"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Common = { id: string; label: string; hint?: string; error?: string; required?: boolean; registration: UseFormRegisterReturn };

function Label({ label, required }: { label: string; required?: boolean }) {
  const t = useTranslations("case.actions");
  return (
    <>
      {label}
      {required ? null : <span className="ml-1 text-sm font-normal text-muted">{t("optional")}</span>}
    </>
  );
}

function useRequiredLabel() {
  return useTranslations("common")("required");
}

export function TextInputField({ id, label, hint, error, required, registration, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const requiredLabel = useRequiredLabel();
  return (
    <Field id={id} label={<Label label={label} required={required} />} hint={hint} error={error} required={required} requiredLabel={requiredLabel}>
      <Input id={id} invalid={!!error} aria-required={required || undefined} aria-describedby={describedBy(id, { error, hint: !!hint })} {...input} {...registration} />
    </Field>
  );
}

export function TextAreaField({ id, label, hint, error, required, registration, rows = 4 }: Common & { rows?: number }) {
  const requiredLabel = useRequiredLabel();
  return (
    <Field id={id} label={<Label label={label} required={required} />} hint={hint} error={error} required={required} requiredLabel={requiredLabel}>
      <Textarea id={id} rows={rows} className="min-h-24" invalid={!!error} aria-required={required || undefined} aria-describedby={describedBy(id, { error, hint: !!hint })} {...registration} />
    </Field>
  );
}

export function SelectField({ id, label, hint, error, required, registration, children }: Common & { children: ReactNode }) {
  const requiredLabel = useRequiredLabel();
  return (
    <Field id={id} label={<Label label={label} required={required} />} hint={hint} error={error} required={required} requiredLabel={requiredLabel}>
      <Select id={id} invalid={!!error} aria-required={required || undefined} aria-describedby={describedBy(id, { error, hint: !!hint })} {...registration}>
        {children}
      </Select>
    </Field>
  );
}

type ShellProps = {
  label: string;
  onSubmit: () => void;
  submitting: boolean;
  formMessage?: string;
  conflict: boolean;
  errors: { id: string; text: string }[];
  children?: ReactNode;
  testId?: string;
};

/** One action's form: errors summarised on top, one column of fields, the action's name on the button. */
export function ActionFormShell({ label, onSubmit, submitting, formMessage, conflict, errors, children, testId }: ShellProps) {
  const t = useTranslations("case.actions");
  const router = useRouter();
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid={testId}>
      <ErrorSummary errors={errors} message={formMessage} />
      {conflict ? (
        <Button type="button" variant="secondary" onClick={() => router.refresh()}>
          {t("reload")}
        </Button>
      ) : null}
      {children}
      <Button type="submit" disabled={submitting}>
        {submitting ? t("working") : label}
      </Button>
    </form>
  );
}
