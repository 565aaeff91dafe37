"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { RadioGroup } from "@/components/ui/radio-group";
import { DESCRIPTION_MIN_LENGTH } from "@/lib/validation/limits";
import type { RequestFormValues, RequestInput } from "@/lib/validation/request";
import { DELIVERY_METHODS, INFORMATION_FORMS } from "@/lib/validation/request-options";
import { FormSection, TextField } from "./form-parts";

type Props = {
  form: UseFormReturn<RequestFormValues, unknown, RequestInput>;
  errorFor: (path: string) => string | undefined;
};

/** 所需政府信息 (Art. 29 item 2) and the purpose. */
export function InformationSection({ form, errorFor }: Props) {
  const t = useTranslations("requestForm");
  const req = useTranslations("common")("required");
  return (
    <FormSection id="section-information" title={t("sections.information")}>
      <TextField
        id="information.title"
        label={t("fields.title")}
        registration={form.register("information.title")}
        error={errorFor("information.title")}
        requiredLabel={req}
        autoComplete="off"
      />
      <TextField
        id="information.documentNumber"
        label={t("fields.documentNumber")}
        hint={t("fields.documentNumberHint")}
        registration={form.register("information.documentNumber")}
        error={errorFor("information.documentNumber")}
        requiredLabel={req}
        autoComplete="off"
      />
      <TextField
        id="information.description"
        label={t("fields.description")}
        hint={t("fields.descriptionHint", { min: DESCRIPTION_MIN_LENGTH })}
        registration={form.register("information.description")}
        error={errorFor("information.description")}
        required
        requiredLabel={req}
        multiline
      />
      <TextField
        id="purpose"
        label={t("fields.purpose")}
        hint={t("fields.purposeHint")}
        registration={form.register("purpose")}
        error={errorFor("purpose")}
        requiredLabel={req}
        multiline
      />
    </FormSection>
  );
}

/** 指定提供形式 and 获取方式. */
export function DeliverySection({ form, errorFor }: Props) {
  const t = useTranslations("requestForm");
  const req = useTranslations("common")("required");
  return (
    <FormSection id="section-delivery" title={t("sections.delivery")}>
      <RadioGroup
        id="form"
        legend={t("form.label")}
        options={INFORMATION_FORMS.map((v) => ({ value: v, label: t(`form.${v}`) }))}
        error={errorFor("form")}
        required
        requiredLabel={req}
        inline
        inputProps={form.register("form")}
      />
      <RadioGroup
        id="delivery"
        legend={t("delivery.label")}
        hint={t("delivery.hint")}
        options={DELIVERY_METHODS.map((v) => ({ value: v, label: t(`delivery.${v}`) }))}
        error={errorFor("delivery")}
        required
        requiredLabel={req}
        inline
        inputProps={form.register("delivery")}
      />
    </FormSection>
  );
}
