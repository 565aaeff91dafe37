"use client";

import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/ui/radio-group";
import { ActionFormShell, SelectField, TextInputField } from "./action-fields";
import { DocumentDraft } from "./document-draft";
import { emptyToUndefined, useCaseActionForm, type CaseActionContext } from "./use-case-action-form";

const KINDS = ["third_party", "agency"] as const;

/** 征求第三方意见 / 征求其他机关意见: the clock stops from the start date. */
export function StartConsultationForm({ ctx }: { ctx: CaseActionContext }) {
  const t = useTranslations("workflow");
  const c = useTranslations("case.consultation.kinds");
  const f = useCaseActionForm("start_consultation", ctx, { defaultValues: { party: "", kind: "third_party", startedAt: ctx.today, documentText: undefined } });
  const kindError = f.fieldError("kind");
  return (
    <ActionFormShell label={t("actions.start_consultation")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <RadioGroup id={f.id("kind")} legend={t("fields.kind")} options={KINDS.map((k) => ({ value: k, label: c(k) }))} error={kindError} inputProps={f.form.register("kind")} />
      <TextInputField id={f.id("party")} label={t("fields.party")} hint={t("fields.partyHint")} required maxLength={200} error={f.fieldError("party")} registration={f.form.register("party")} />
      <TextInputField id={f.id("startedAt")} type="date" max={ctx.today} label={t("fields.startedAt")} required error={f.fieldError("startedAt")} registration={f.form.register("startedAt", { setValueAs: emptyToUndefined })} />
      <DocumentDraft f={f} ctx={ctx} kind="consultation_letter" />
    </ActionFormShell>
  );
}

/** The opinion arrived: the clock resumes the next day. */
export function EndConsultationForm({ ctx, open }: { ctx: CaseActionContext; open: { id: string; label: string }[] }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("end_consultation", ctx, { defaultValues: { consultationId: open[0]?.id, endedAt: ctx.today } });
  return (
    <ActionFormShell label={t("actions.end_consultation")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <SelectField id={f.id("consultationId")} label={t("fields.consultationId")} required error={f.fieldError("consultationId")} registration={f.form.register("consultationId", { setValueAs: emptyToUndefined })}>
        {open.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <TextInputField id={f.id("endedAt")} type="date" max={ctx.today} label={t("fields.endedAt")} required error={f.fieldError("endedAt")} registration={f.form.register("endedAt")} />
    </ActionFormShell>
  );
}
