"use client";

import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { FormSection } from "@/components/request/form-parts";
import { formatCalendarDate } from "@/components/request/format";
import { describedBy, Field, Input } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { EARLIEST_RECEIVED_DATE } from "@/lib/validation/limits";
import { REQUEST_CHANNELS, type StaffCaseFormValues, type StaffCaseInput } from "@/lib/validation/request";

/** The order staff meet them in: paper and people first; 网上 only for web requests that bypassed the portal. */
const CHANNEL_ORDER = ["letter", "in_person", "fax", "email", "other", "online"] as const satisfies readonly (typeof REQUEST_CHANNELS)[number][];

type Props = {
  form: UseFormReturn<StaffCaseFormValues, unknown, StaffCaseInput>;
  errorFor: (path: string) => string | undefined;
  /** Today in Asia/Shanghai (`YYYY-MM-DD`): the latest date allowed. */
  today: string;
  /** The scans of what arrived, below the date. */
  children?: ReactNode;
};

/** 申请方式, 收到申请日期 (Art. 31: the hint explains how the chosen channel fixes the date) and the scans. */
export function ArrivalSection({ form, errorFor, today, children }: Props) {
  const t = useTranslations("register");
  const req = useTranslations("common")("required");
  const raw = useLocale();
  const channel = useWatch({ control: form.control, name: "channel" });
  const receivedAtError = errorFor("receivedAt");
  const known = (REQUEST_CHANNELS as readonly unknown[]).includes(channel);

  return (
    <FormSection id="section-arrival" title={t("sections.arrival")}>
      <RadioGroup
        id="channel"
        legend={t("channel.label")}
        hint={t("channel.hint")}
        options={CHANNEL_ORDER.map((v) => ({ value: v, label: t(`channel.${v}`) }))}
        error={errorFor("channel")}
        required
        requiredLabel={req}
        inline
        inputProps={form.register("channel")}
      />
      <Field
        id="receivedAt"
        label={t("receivedAt.label")}
        hint={
          <>
            <span className="block font-medium text-ink" data-testid="received-at-channel-rule">
              {known ? t(`receivedAt.${channel as (typeof REQUEST_CHANNELS)[number]}`) : t("receivedAt.none")}
            </span>
            <span className="block">{t("receivedAt.rule", { today: formatCalendarDate(today, isLocale(raw) ? raw : DEFAULT_LOCALE) })}</span>
          </>
        }
        error={receivedAtError}
        required
        requiredLabel={req}
      >
        <Input
          id="receivedAt"
          type="date"
          min={EARLIEST_RECEIVED_DATE}
          max={today}
          invalid={!!receivedAtError}
          aria-describedby={describedBy("receivedAt", { error: receivedAtError, hint: true })}
          aria-required
          className="max-w-56"
          {...form.register("receivedAt")}
        />
      </Field>
      {children}
    </FormSection>
  );
}
