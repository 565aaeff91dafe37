"use client";

import { useTranslations } from "next-intl";
import { addCalendarDays } from "@/lib/domain/calendar/dates";
import { ActionFormShell, TextAreaField, TextInputField } from "./action-fields";
import { DocumentDraft } from "./document-draft";
import { emptyToUndefined, useCaseActionForm, type CaseActionContext } from "./use-case-action-form";

/** The single 补正 notice: what is missing, and by when. */
export function RequestClarificationForm({ ctx }: { ctx: CaseActionContext }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("request_clarification", ctx, { defaultValues: { message: "", deadline: "", documentText: undefined } });
  return (
    <ActionFormShell label={t("actions.request_clarification")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <TextAreaField id={f.id("message")} label={t("fields.message")} hint={t("fields.messageHint")} required error={f.fieldError("message")} registration={f.form.register("message")} />
      <TextInputField id={f.id("deadline")} type="date" min={addCalendarDays(ctx.today, 1)} label={t("fields.deadline")} hint={t("fields.deadlineHint")} required error={f.fieldError("deadline")} registration={f.form.register("deadline")} />
      <DocumentDraft f={f} ctx={ctx} kind="clarification_notice" />
    </ActionFormShell>
  );
}

/** The applicant's supplement (restarts the clock); a late one needs a recorded 正当理由. */
export function ReceiveClarificationForm({ ctx, deadline }: { ctx: CaseActionContext; deadline: string | null }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("receive_clarification", ctx, { defaultValues: { receivedAt: ctx.today, lateReason: undefined } });
  const late = deadline !== null && ctx.today > deadline;
  return (
    <ActionFormShell label={t("actions.receive_clarification")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <TextInputField id={f.id("receivedAt")} type="date" max={ctx.today} label={t("fields.receivedAt")} required error={f.fieldError("receivedAt")} registration={f.form.register("receivedAt")} />
      <TextAreaField id={f.id("lateReason")} rows={3} label={t("fields.lateReason")} hint={t("fields.lateReasonHint")} required={late} error={f.fieldError("lateReason")} registration={f.form.register("lateReason", { setValueAs: emptyToUndefined })} />
    </ActionFormShell>
  );
}
