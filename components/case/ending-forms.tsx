"use client";

import { useTranslations } from "next-intl";
import { ActionFormShell, TextAreaField, TextInputField } from "./action-fields";
import { emptyToUndefined, useCaseActionForm, type CaseActionContext } from "./use-case-action-form";

/** The applicant withdrew (by letter, phone …): ends the case with 6.3. */
export function WithdrawForm({ ctx }: { ctx: CaseActionContext }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("withdraw", ctx, { defaultValues: { withdrawnAt: ctx.today, note: undefined } });
  return (
    <ActionFormShell label={t("actions.withdraw")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <TextInputField id={f.id("withdrawnAt")} type="date" max={ctx.today} label={t("fields.withdrawnAt")} required error={f.fieldError("withdrawnAt")} registration={f.form.register("withdrawnAt", { setValueAs: emptyToUndefined })} />
      <TextAreaField id={f.id("note")} rows={3} label={t("fields.note")} error={f.fieldError("note")} registration={f.form.register("note", { setValueAs: emptyToUndefined })} />
    </ActionFormShell>
  );
}

/** No supplement or payment by the deadline: 6.1 / 6.2, dated the day after the deadline. */
export function AbandonForm({ ctx }: { ctx: CaseActionContext }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("abandon", ctx, { defaultValues: {} });
  return (
    <ActionFormShell label={t("actions.abandon")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <p className="text-muted">{t("fields.abandonHint")}</p>
    </ActionFormShell>
  );
}

export function CloseForm({ ctx }: { ctx: CaseActionContext }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("close", ctx, { defaultValues: {} });
  return (
    <ActionFormShell label={t("actions.close")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <p className="text-muted">{t("fields.closeHint")}</p>
    </ActionFormShell>
  );
}
