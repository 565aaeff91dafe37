"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveAgencySettingsAction } from "@/app/admin/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { agencySettingsSchema, type AgencySettingsInput } from "@/lib/validation/admin";
import { useAdminForm } from "./use-admin-form";

type Values = Required<{ [K in keyof AgencySettingsInput]: string }>;

const FIELDS = [
  { name: "name", required: true },
  { name: "address" },
  { name: "contact" },
  { name: "sealText" },
  { name: "trackingPrefix", required: true, hint: true },
  { name: "replyDeadlineWording", multiline: true, hint: true },
] as const;

export function SettingsForm({ defaults }: { defaults: Values }) {
  const t = useTranslations("admin.settings");
  const c = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formMessage, errors, fieldError, id, submitting } = useAdminForm(agencySettingsSchema, saveAgencySettingsAction, {
    idPrefix: "settings",
    labels: Object.fromEntries(FIELDS.map((f) => [f.name, t(f.name)])),
    defaultValues: defaults,
    onSuccess: (_d, values) => {
      setSaved(true);
      form.reset(values);
      router.refresh();
    },
  });
  const prefixChanged = form.watch("trackingPrefix")?.trim().toUpperCase() !== defaults.trackingPrefix;

  return (
    <form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate className="space-y-5">
      <ErrorSummary errors={errors} message={formMessage} />
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      {FIELDS.map((f) => {
        const fid = id(f.name);
        const error = fieldError(f.name);
        const hint = "hint" in f ? t(`${f.name}Hint`) : undefined;
        const required = "required" in f;
        const common = { id: fid, invalid: !!error, "aria-describedby": describedBy(fid, { error, hint: !!hint }), ...form.register(f.name) };
        return (
          <Field key={f.name} id={fid} label={t(f.name)} required={required} requiredLabel={c("required")} error={error} hint={hint}>
            {"multiline" in f ? (
              <Textarea {...common} rows={3} className="min-h-24" />
            ) : (
              <Input {...common} className={f.name === "trackingPrefix" ? "max-w-40 uppercase" : undefined} autoComplete="off" />
            )}
            {f.name === "trackingPrefix" && prefixChanged ? (
              <p className="text-sm text-warn" role="status">
                {t("prefixChangeNote")}
              </p>
            ) : null}
          </Field>
        );
      })}
      <Button type="submit" disabled={submitting}>
        {submitting ? c("loading") : t("save")}
      </Button>
    </form>
  );
}
