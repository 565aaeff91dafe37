"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { runCaseAction } from "@/app/staff/cases/[trackingNumber]/actions";
import { useErrorText } from "@/components/auth/use-error-text";
import type { ActionResult } from "@/lib/errors";
import type { ActionName } from "@/lib/domain/workflow";
import { caseActionSchema, type CaseActionInput } from "@/lib/validation/case-actions";
import { REFUSAL_FIELD } from "@/lib/validation/staff-case-action";
import { refusalField } from "./refusal-fields";

export type ActionValues<A extends ActionName> = Extract<CaseActionInput, { action: A }>;

/** What every action form on the case page needs to know. */
export type CaseActionContext = {
  trackingNumber: string;
  version: number;
  today: string;
  onDone: (action: ActionName) => void;
};

/** The member of the API's discriminated union for one action: forms validate exactly what the server parses. */
export function actionSchema<A extends ActionName>(action: A): z.ZodType<ActionValues<A>, ActionValues<A>> {
  const found = caseActionSchema.options.find((o) => o.shape.action.value === action);
  if (!found) throw new Error(`No schema for action ${action}`);
  return found as unknown as z.ZodType<ActionValues<A>, ActionValues<A>>;
}

/** "" from an empty optional input means "not given". */
export const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
export const emptyToNull = (v: unknown) => (v === "" || v === undefined ? null : v);
export const toNumber = (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v));

const HIDDEN_FIELDS = new Set(["action", "expectedVersion", "trackingNumber", REFUSAL_FIELD, "_root", "root"]);

/**
 * react-hook-form + zodResolver on the action's schema, the hidden expectedVersion, and the server's answer
 * mapped back: a conflict (409) asks for a reload, a refusal (422/403) is shown in words and next to its
 * field, validation errors land on their fields.
 */
export function useCaseActionForm<A extends ActionName, V extends FieldValues = ActionValues<A>>(
  action: A,
  ctx: CaseActionContext,
  options: { defaultValues: Record<string, unknown>; schema?: z.ZodType<V, V> },
) {
  const router = useRouter();
  const t = useTranslations("case.actions");
  const errorText = useErrorText();
  const schema = options.schema ?? (actionSchema(action) as unknown as z.ZodType<V, V>);
  const defaults = { ...options.defaultValues, action, expectedVersion: ctx.version } as DefaultValues<V>;
  const form = useForm<V>({ resolver: zodResolver(schema), defaultValues: defaults, mode: "onSubmit" });
  const [formMessage, setFormMessage] = useState<string>();
  const [conflict, setConflict] = useState(false);

  /** A failed answer of the action (or of its document preview), shown in words and next to its fields. */
  const showFailure = (result: Extract<ActionResult<unknown>, { ok: false }>) => {
    if (result.code === "conflict") {
      setConflict(true);
      setFormMessage(t("conflict"));
      return;
    }
    const fields = result.fieldErrors ?? {};
    const refusal = fields[REFUSAL_FIELD];
    if (refusal) {
      const field = refusalField(action, refusal.replace(/^workflow\.refusal\./, ""));
      if (field && field in options.defaultValues) form.setError(field as Path<V>, { type: "server", message: refusal });
      setFormMessage(t("refused", { reason: errorText(refusal) ?? result.message }));
      return;
    }
    for (const [key, message] of Object.entries(fields)) {
      const name = key.replace(/^body\./, "");
      if (!HIDDEN_FIELDS.has(name)) form.setError(name as Path<V>, { type: "server", message });
    }
    setFormMessage(result.message);
  };

  const clearMessages = () => {
    setFormMessage(undefined);
    setConflict(false);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    clearMessages();
    const result = await runCaseAction({ trackingNumber: ctx.trackingNumber, body: values });
    if (result.ok) {
      ctx.onDone(action);
      router.refresh();
      return;
    }
    showFailure(result);
  });

  const id = (name: string) => `${action}-${name}`;
  const errors = Object.entries(form.formState.errors)
    .filter(([name]) => !HIDDEN_FIELDS.has(name))
    .map(([name, e]) => ({ id: id(name), text: errorText((e as { message?: string } | undefined)?.message) ?? "" }));
  const fieldError = (name: string) => errorText((form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message);

  return { form, schema, onSubmit, showFailure, clearMessages, formMessage, conflict, errors, fieldError, id, submitting: form.formState.isSubmitting };
}
