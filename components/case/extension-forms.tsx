"use client";

import { useTranslations } from "next-intl";
import { ActionFormShell, TextAreaField, TextInputField } from "./action-fields";
import { DocumentDraft } from "./document-draft";
import { emptyToUndefined, toNumber, useCaseActionForm, type CaseActionContext } from "./use-case-action-form";

export function RequestExtensionForm({ ctx }: { ctx: CaseActionContext }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("request_extension", ctx, { defaultValues: { reason: "" } });
  return (
    <ActionFormShell label={t("actions.request_extension")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <TextAreaField id={f.id("reason")} rows={3} label={t("fields.reason")} hint={t("fields.reasonHint")} required error={f.fieldError("reason")} registration={f.form.register("reason")} />
    </ActionFormShell>
  );
}

/** Supervisor only: 1–20 working days from the current due date. */
export function ApproveExtensionForm({ ctx }: { ctx: CaseActionContext }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("approve_extension", ctx, { defaultValues: { workingDays: undefined, documentText: undefined } });
  return (
    <ActionFormShell label={t("actions.approve_extension")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <TextInputField id={f.id("workingDays")} type="number" inputMode="numeric" min={1} max={20} step={1} placeholder="20" label={t("fields.workingDays")} hint={t("fields.workingDaysHint")} error={f.fieldError("workingDays")} registration={f.form.register("workingDays", { setValueAs: toNumber })} />
      <DocumentDraft f={f} ctx={ctx} kind="extension_notice" />
    </ActionFormShell>
  );
}

export function RefuseExtensionForm({ ctx }: { ctx: CaseActionContext }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("refuse_extension", ctx, { defaultValues: { note: undefined } });
  return (
    <ActionFormShell label={t("actions.refuse_extension")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <TextAreaField id={f.id("note")} rows={3} label={t("fields.note")} error={f.fieldError("note")} registration={f.form.register("note", { setValueAs: emptyToUndefined })} />
    </ActionFormShell>
  );
}
