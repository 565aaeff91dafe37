"use client";

import { useEffect } from "react";
import { useLocale, useTranslations } from "next-intl";
import { RadioGroup } from "@/components/ui/radio-group";
import { isAllowedReason, OUTCOME_DEFINITIONS, REASON_DEFINITIONS, REASON_GROUPS, reasonsFor, type Outcome } from "@/lib/domain/outcomes";
import { reasonLabel } from "@/lib/i18n/labels";
import { ActionFormShell, SelectField, TextInputField } from "./action-fields";
import { DocumentDraft } from "./document-draft";
import { actionSchema, emptyToUndefined, useCaseActionForm, type ActionValues, type CaseActionContext } from "./use-case-action-form";

/** The API schema plus what the outcome table says, checked before the round trip. */
function replySchema(hasClarification: boolean) {
  return actionSchema("reply").superRefine((v, ctx) => {
    if (!v.reasonCode) ctx.addIssue({ code: "custom", path: ["reasonCode"], message: "validation.required" });
    else if (!isAllowedReason(v.outcome, v.reasonCode)) ctx.addIssue({ code: "custom", path: ["reasonCode"], message: "workflow.refusal.reply.reasonNotAllowed" });
    if (v.outcome === "unclear" && !hasClarification) ctx.addIssue({ code: "custom", path: ["outcome"], message: "workflow.refusal.reply.unclearNeedsClarification" });
  });
}

/** Reasons of one outcome, grouped under their 2021 headings (（三）不予公开, （五）不予处理 …). */
function reasonGroups(outcome: Outcome | undefined, locale: "zh-CN" | "en") {
  if (!outcome) return [];
  const allowed = new Set<string>(reasonsFor(outcome));
  return REASON_GROUPS.map((g) => ({
    label: `${g.ordinal}${locale === "en" ? g.labelEn : g.labelZh}`,
    reasons: REASON_DEFINITIONS.filter((r) => r.group === g.key && allowed.has(r.code)).map((r) => ({ code: r.code, label: reasonLabel(r.code, locale) ?? r.code })),
  })).filter((g) => g.reasons.length > 0);
}

/** 答复: one of the six outcomes (verbatim labels), then a reason the outcome allows, basis, letter, date. */
export function ReplyForm({ ctx, hasClarification }: { ctx: CaseActionContext; hasClarification: boolean }) {
  const t = useTranslations("workflow");
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const f = useCaseActionForm<"reply", ActionValues<"reply">>("reply", ctx, {
    defaultValues: { outcome: undefined, reasonCode: "", legalBasis: undefined, letter: undefined, repliedAt: ctx.today },
    schema: replySchema(hasClarification),
  });
  const outcome = f.form.watch("outcome") as Outcome | undefined;
  const groups = reasonGroups(outcome, locale);
  const { getValues, setValue } = f.form;

  // A changed outcome keeps the reason only if it still fits; a single possible reason is chosen for you.
  useEffect(() => {
    if (!outcome) return;
    const allowed = reasonsFor(outcome);
    if (!allowed.includes(getValues("reasonCode") as never)) setValue("reasonCode", allowed.length === 1 ? allowed[0]! : "");
  }, [outcome, getValues, setValue]);

  return (
    <ActionFormShell label={t("actions.reply")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors} testId="reply-form">
      <RadioGroup
        id={f.id("outcome")}
        legend={t("fields.outcome")}
        required
        options={OUTCOME_DEFINITIONS.map((o) => ({ value: o.value, label: locale === "en" ? o.labelEn : o.labelZh }))}
        error={f.fieldError("outcome")}
        inputProps={f.form.register("outcome")}
      />
      <SelectField id={f.id("reasonCode")} label={t("fields.reasonCode")} hint={t("fields.reasonCodeHint")} required error={f.fieldError("reasonCode")} registration={f.form.register("reasonCode")}>
        <option value="">{t("fields.reasonChoose")}</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.reasons.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextInputField id={f.id("legalBasis")} label={t("fields.legalBasis")} hint={t("fields.legalBasisHint")} maxLength={2000} error={f.fieldError("legalBasis")} registration={f.form.register("legalBasis", { setValueAs: emptyToUndefined })} />
      <TextInputField id={f.id("repliedAt")} type="date" max={ctx.today} label={t("fields.repliedAt")} hint={t("fields.repliedAtHint")} required error={f.fieldError("repliedAt")} registration={f.form.register("repliedAt", { setValueAs: emptyToUndefined })} />
      <DocumentDraft f={f} ctx={ctx} kind="reply_letter" field="letter" />
    </ActionFormShell>
  );
}
