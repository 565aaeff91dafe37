"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { useErrorText } from "@/components/auth/use-error-text";
import type { ActionResult } from "@/lib/errors";

/**
 * react-hook-form + the zod schema the server parses. The raw values are sent (the server parses them once);
 * server field errors land on their fields, anything else in `formMessage`. Field ids carry `idPrefix`, so
 * several forms fit on one page and the error summary links to the right field.
 */
export function useAdminForm<I extends FieldValues, R>(
  schema: z.ZodType<unknown, I>,
  action: (values: I) => Promise<ActionResult<R>>,
  options: {
    idPrefix: string;
    defaultValues: DefaultValues<I>;
    onSuccess?: (data: R, values: I) => void;
    /** Fields the form does not show (ids behind a button): their refusals are said in words. */
    hidden?: readonly string[];
    /** Field labels, so the summary at the top says which field each error belongs to. */
    labels?: Partial<Record<string, string>>;
  },
) {
  const form = useForm<I>({ resolver: zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<I>, defaultValues: options.defaultValues, mode: "onSubmit" });
  const [formMessage, setFormMessage] = useState<string>();
  const errorText = useErrorText();
  const c = useTranslations("admin.common");
  const hidden = new Set(options.hidden ?? []);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormMessage(undefined);
    const result = await action(values);
    if (!result) return;
    if (result.ok) {
      options.onSuccess?.(result.data, values);
      return;
    }
    const visible: string[] = [];
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      if (hidden.has(field)) visible.push(message);
      else form.setError(field as Path<I>, { type: "server", message });
    }
    // A refusal on a field the form does not show (the user id behind a button) is said in words.
    setFormMessage(visible.length ? visible.map((m) => errorText(m) ?? m).join(" ") : result.message);
  });

  const id = (name: string) => `${options.idPrefix}-${name}`;
  const errors = Object.entries(form.formState.errors)
    .filter(([name]) => !hidden.has(name))
    .map(([name, e]) => {
      const message = errorText((e as { message?: string } | undefined)?.message) ?? "";
      const label = options.labels?.[name];
      return { id: id(name), text: label ? c("summaryItem", { label, message }) : message };
    });
  const fieldError = (name: Path<I>) => errorText((form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message);

  return { form, onSubmit, formMessage, setFormMessage, errors, fieldError, id, submitting: form.formState.isSubmitting };
}
