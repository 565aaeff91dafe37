"use client";

import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { describedBy, Field } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import type { RequestFormValues, RequestInput } from "@/lib/validation/request";
import { APPLICANT_TYPES, ID_TYPES, ORGANIZATION_TYPES } from "@/lib/validation/request-options";
import { FormSection, TextField } from "./form-parts";

type Props = {
  form: UseFormReturn<RequestFormValues, unknown, RequestInput>;
  errorFor: (path: string) => string | undefined;
};

/** 申请人信息: the fields switch with the applicant type (自然人 / 法人或其他组织). */
export function ApplicantSection({ form, errorFor }: Props) {
  const t = useTranslations("requestForm");
  const req = useTranslations("common")("required");
  const [type, idType, delivery] = useWatch({ control: form.control, name: ["applicant.type", "applicant.idType", "delivery"] });
  const isOrg = type === "organization";
  const idTypeError = errorFor("applicant.idType");

  return (
    <FormSection id="section-applicant" title={t("sections.applicant")}>
      <RadioGroup
        id="applicant.type"
        legend={t("applicantType.label")}
        options={APPLICANT_TYPES.map((v) => ({ value: v, label: t(`applicantType.${v}`) }))}
        error={errorFor("applicant.type")}
        required
        requiredLabel={req}
        inline
        inputProps={form.register("applicant.type")}
      />
      {isOrg ? (
        <RadioGroup
          id="applicant.organizationType"
          legend={t("organizationType.label")}
          hint={t("organizationType.hint")}
          options={ORGANIZATION_TYPES.map((v) => ({ value: v, label: t(`organizationType.${v}`) }))}
          error={errorFor("applicant.organizationType")}
          required
          requiredLabel={req}
          inline
          inputProps={form.register("applicant.organizationType")}
        />
      ) : null}
      <TextField
        id="applicant.name"
        label={isOrg ? t("fields.orgName") : t("fields.name")}
        registration={form.register("applicant.name")}
        error={errorFor("applicant.name")}
        required
        requiredLabel={req}
        autoComplete={isOrg ? "organization" : "name"}
      />
      {isOrg ? (
        <>
          <TextField
            id="applicant.creditCode"
            label={t("fields.creditCode")}
            hint={t("fields.creditCodeHint")}
            registration={form.register("applicant.creditCode")}
            error={errorFor("applicant.creditCode")}
            required
            requiredLabel={req}
            autoComplete="off"
            className="font-mono uppercase"
          />
          <TextField
            id="applicant.legalRepresentative"
            label={t("fields.legalRepresentative")}
            registration={form.register("applicant.legalRepresentative")}
            error={errorFor("applicant.legalRepresentative")}
            requiredLabel={req}
            autoComplete="off"
          />
          <TextField
            id="applicant.contactName"
            label={t("fields.contactName")}
            registration={form.register("applicant.contactName")}
            error={errorFor("applicant.contactName")}
            requiredLabel={req}
            autoComplete="name"
          />
        </>
      ) : (
        <>
          <Field id="applicant.idType" label={t("fields.idType")} error={idTypeError} required requiredLabel={req}>
            <Select
              id="applicant.idType"
              invalid={!!idTypeError}
              aria-describedby={describedBy("applicant.idType", { error: idTypeError })}
              aria-required
              {...form.register("applicant.idType")}
            >
              {ID_TYPES.map((v) => (
                <option key={v} value={v}>
                  {t(`idTypes.${v}`)}
                </option>
              ))}
            </Select>
          </Field>
          <TextField
            id="applicant.idNumber"
            label={t("fields.idNumber")}
            hint={idType === "resident_id" ? t("fields.idNumberHintResident") : t("fields.idNumberHintOther")}
            registration={form.register("applicant.idNumber")}
            error={errorFor("applicant.idNumber")}
            required
            requiredLabel={req}
            autoComplete="off"
            className="font-mono"
          />
        </>
      )}
      <TextField
        id="applicant.phone"
        label={t("fields.phone")}
        hint={t("fields.phoneHint")}
        registration={form.register("applicant.phone")}
        error={errorFor("applicant.phone")}
        required
        requiredLabel={req}
        type="tel"
        autoComplete="tel"
      />
      <TextField
        id="applicant.email"
        label={t("fields.email")}
        hint={t("fields.emailHint")}
        registration={form.register("applicant.email")}
        error={errorFor("applicant.email")}
        required={delivery === "email"}
        requiredLabel={req}
        type="email"
        autoComplete="email"
      />
      <TextField
        id="applicant.address"
        label={isOrg ? t("fields.orgAddress") : t("fields.address")}
        registration={form.register("applicant.address")}
        error={errorFor("applicant.address")}
        requiredLabel={req}
        autoComplete="street-address"
      />
      <TextField
        id="applicant.postalCode"
        label={t("fields.postalCode")}
        registration={form.register("applicant.postalCode")}
        error={errorFor("applicant.postalCode")}
        requiredLabel={req}
        autoComplete="postal-code"
        inputMode="numeric"
        className="max-w-48"
      />
    </FormSection>
  );
}
