"use client";

import { useTranslations } from "next-intl";
import { ActionFormShell, TextInputField } from "./action-fields";
import { DocumentDraft } from "./document-draft";
import { emptyToUndefined, toNumber, useCaseActionForm, type CaseActionContext } from "./use-case-action-form";

/** 收费通知: served today, stops the clock until payment. */
export function IssueFeeNoticeForm({ ctx }: { ctx: CaseActionContext }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("issue_fee_notice", ctx, { defaultValues: { amountYuan: undefined, deadline: undefined, documentText: undefined } });
  return (
    <ActionFormShell label={t("actions.issue_fee_notice")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <TextInputField id={f.id("amountYuan")} type="number" inputMode="decimal" min={0.01} step={0.01} label={t("fields.amountYuan")} required error={f.fieldError("amountYuan")} registration={f.form.register("amountYuan", { setValueAs: toNumber })} />
      <TextInputField id={f.id("deadline")} type="date" min={ctx.today} label={t("fields.feeDeadline")} hint={t("fields.feeDeadlineHint")} error={f.fieldError("deadline")} registration={f.form.register("deadline", { setValueAs: emptyToUndefined })} />
      <DocumentDraft f={f} ctx={ctx} kind="fee_notice" />
    </ActionFormShell>
  );
}

/** The fee was paid: the clock resumes. */
export function RecordFeePaymentForm({ ctx }: { ctx: CaseActionContext }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("record_fee_payment", ctx, { defaultValues: { paidAt: ctx.today } });
  return (
    <ActionFormShell label={t("actions.record_fee_payment")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <TextInputField id={f.id("paidAt")} type="date" max={ctx.today} label={t("fields.paidAt")} required error={f.fieldError("paidAt")} registration={f.form.register("paidAt")} />
    </ActionFormShell>
  );
}
