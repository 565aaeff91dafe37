"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { type DefaultValues, type FieldErrors, type FieldValues, get, type Path, type Resolver, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { useErrorText } from "@/components/auth/use-error-text";
import type { ActionResult } from "@/lib/errors";

/** Every error of a (nested) form as [dot path, message]. */
function flatten(errors: FieldErrors, prefix = ""): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "root") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string") out.push([path, message]);
    else if (typeof value === "object") out.push(...flatten(value as FieldErrors, path));
  }
  return out;
}

/**
 * react-hook-form + the zod schema the server action parses (raw values are sent; the server parses once).
 * Server field errors land on their (dot-path) fields; a refusal under `reason` and a conflict (409) are said
 * in words at the top, with `conflict` set so the form can offer a reload.
 */
export function useStatisticsForm<I extends FieldValues, R>(
  schema: z.ZodType,
  action: (values: I) => Promise<ActionResult<R>>,
  options: { idPrefix: string; defaultValues: DefaultValues<I>; labels: Record<string, string>; onSuccess?: (data: R, values: I) => void },
) {
  const form = useForm<I>({ resolver: zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<I>, defaultValues: options.defaultValues, mode: "onSubmit" });
  const [formMessage, setFormMessage] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const errorText = useErrorText();
  const c = useTranslations("statistics.form");

  const onSubmit = form.handleSubmit(async (values) => {
    setFormMessage(undefined);
    setConflict(false);
    const result = await action(values);
    if (result.ok) {
      options.onSuccess?.(result.data, values);
      return;
    }
    const { reason, ...fields } = result.fieldErrors ?? {};
    if (result.code === "conflict") setConflict(true);
    for (const [field, message] of Object.entries(fields)) {
      if (field in options.labels) form.setError(field as Path<I>, { type: "server", message });
    }
    setFormMessage(reason ?? result.message);
  });

  const id = (path: string) => `${options.idPrefix}-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const errors = flatten(form.formState.errors).map(([path, message]) => {
    const text = errorText(message) ?? message;
    const label = options.labels[path];
    return { id: id(path), text: label ? c("summaryItem", { label, message: text }) : text };
  });
  const fieldError = (path: string) => errorText((get(form.formState.errors, path) as { message?: string } | undefined)?.message);

  return { form, onSubmit, formMessage, conflict, errors, fieldError, id, submitting: form.formState.isSubmitting };
}
