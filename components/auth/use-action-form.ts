"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { useErrorText } from "./use-error-text";

/**
 * react-hook-form + the same zod schema the server parses. Server field errors land on their fields,
 * anything else in `formMessage`.
 */
export function useActionForm<T extends FieldValues, R>(
  schema: z.ZodType<T, T>,
  action: (values: T) => Promise<ActionResult<R>>,
  options: { defaultValues: DefaultValues<T>; onSuccess?: (data: R) => void; messageFor?: (r: ActionResult<R> & { ok: false }) => string | undefined },
) {
  const form = useForm<T>({ resolver: zodResolver(schema), defaultValues: options.defaultValues, mode: "onSubmit" });
  const [formMessage, setFormMessage] = useState<string>();
  const errorText = useErrorText();

  const onSubmit = form.handleSubmit(async (values) => {
    setFormMessage(undefined);
    const result = await action(values);
    if (!result) return; // a redirect happened
    if (result.ok) {
      options.onSuccess?.(result.data);
      return;
    }
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<T>, { type: "server", message });
    }
    setFormMessage(options.messageFor?.(result) ?? result.message);
  });

  const errors = Object.entries(form.formState.errors).map(([id, e]) => ({ id, text: errorText((e as { message?: string })?.message) ?? "" }));
  const fieldError = (name: Path<T>) => errorText(form.formState.errors[name]?.message as string | undefined);

  return { form, onSubmit, formMessage, errors, fieldError };
}
