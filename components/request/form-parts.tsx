"use client";

import type { HTMLAttributes, ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, Field, Input } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

/** One block of the form with its own h2; focusable so an error summary link can land on it. */
export function FormSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section id={id} tabIndex={-1} aria-labelledby={`${id}-title`} className="space-y-5 rounded-lg border border-line bg-white p-6">
      <h2 id={`${id}-title`} className="text-xl font-semibold text-brand-800">
        {title}
      </h2>
      {children}
    </section>
  );
}

type TextFieldProps = {
  /** The field's leaf path, also its id (so `applicant.idNumber` errors link to it). */
  id: string;
  label: ReactNode;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  requiredLabel: string;
  multiline?: boolean;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  className?: string;
};

export function TextField({ id, label, registration, error, hint, required, requiredLabel, multiline, type = "text", autoComplete, inputMode, className }: TextFieldProps) {
  const common = {
    id,
    invalid: !!error,
    "aria-describedby": describedBy(id, { error, hint: !!hint }),
    "aria-required": required || undefined,
    autoComplete,
    ...registration,
  };
  return (
    <Field id={id} label={label} error={error} hint={hint} required={required} requiredLabel={requiredLabel}>
      {multiline ? <Textarea rows={6} {...common} /> : <Input type={type} inputMode={inputMode} className={className} {...common} />}
    </Field>
  );
}
