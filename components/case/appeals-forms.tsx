"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createAppealAction, updateAppealAction } from "@/app/staff/cases/[trackingNumber]/appeal-actions";
import { useStatisticsForm } from "@/components/statistics/use-statistics-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { APPEAL_KINDS, APPEAL_RESULTS, type AppealKind, type AppealResult } from "@/lib/domain/statistics";
import { createAppealActionSchema, updateAppealActionSchema } from "@/lib/validation/statistics-actions";

/** An appeal as the form edits it (dates as YYYY-MM-DD, "" for none). */
export type AppealFormValues = {
  kind: AppealKind | "";
  filedAt: string;
  result: AppealResult;
  closedAt: string | null;
  afterUnsatisfactoryFirstHandling: boolean;
  note: string | null;
};

type Props = {
  trackingNumber: string;
  today: string;
  /** Editing an existing appeal (version-checked); absent: registering a new one. */
  existing?: { id: string; version: number; values: AppealFormValues };
};

const emptyToNull = (v: unknown) => (v === "" || v === undefined ? null : v);
const FIELDS = ["kind", "filedAt", "result", "closedAt", "afterUnsatisfactoryFirstHandling", "note"] as const;

/** 登记 / 修改 a 复议、诉讼 or 申诉: closed date only with a result, the 申诉 flag only for 申诉. */
export function AppealForm({ trackingNumber, today, existing }: Props) {
  const t = useTranslations("appeals");
  const common = useTranslations("common");
  const router = useRouter();
  const [done, setDone] = useState(false);
  const p = existing ? "changes" : "appeal";
  const labels = Object.fromEntries(FIELDS.map((name) => [`${p}.${name}`, t(`fields.${name}`)]));
  const blank: AppealFormValues = { kind: "", filedAt: today, result: "pending", closedAt: null, afterUnsatisfactoryFirstHandling: false, note: null };
  const defaults = existing
    ? { trackingNumber, appealId: existing.id, changes: { expectedVersion: existing.version, ...existing.values } }
    : { trackingNumber, appeal: blank };
  const f = useStatisticsForm(existing ? updateAppealActionSchema : createAppealActionSchema, existing ? updateAppealAction : createAppealAction, {
    idPrefix: existing ? `appeal-${existing.id}` : "appeal-new",
    labels,
    defaultValues: defaults as Record<string, unknown>,
    onSuccess: (data: { version: number }, submitted) => {
      setDone(true);
      if (existing) f.form.reset({ ...submitted, changes: { ...(submitted.changes as object), expectedVersion: data.version } });
      else f.form.reset(defaults);
      router.refresh();
    },
  });
  const path = (name: (typeof FIELDS)[number]) => `${p}.${name}`;
  const kind = f.form.watch(path("kind")) as string;
  const result = f.form.watch(path("result")) as string;
  const field = (name: (typeof FIELDS)[number]) => ({ id: f.id(path(name)), error: f.fieldError(path(name)) });

  const kindF = field("kind");
  const filedF = field("filedAt");
  const resultF = field("result");
  const closedF = field("closedAt");
  const flagF = field("afterUnsatisfactoryFirstHandling");
  const noteF = field("note");
  const pending = result === "pending";

  return (
    <form onSubmit={(e) => (setDone(false), f.onSubmit(e))} noValidate className="space-y-4" data-testid={existing ? "appeal-edit-form" : "appeal-add-form"}>
      <ErrorSummary errors={f.errors} message={f.formMessage} />
      {f.conflict ? (
        <Button type="button" variant="secondary" onClick={() => router.refresh()}>
          {t("reload")}
        </Button>
      ) : null}
      {done ? <Alert tone="success">{existing ? t("updated") : t("added")}</Alert> : null}
      <Field id={kindF.id} label={t("fields.kind")} required requiredLabel={common("required")} error={kindF.error}>
        <Select id={kindF.id} invalid={!!kindF.error} aria-required aria-describedby={describedBy(kindF.id, { error: kindF.error })} {...f.form.register(path("kind"), {
            // The 申诉 flag means nothing for another kind: clear it rather than have the server refuse it.
            onChange: (e: { target: { value: string } }) => e.target.value !== "complaint" && f.form.setValue(path("afterUnsatisfactoryFirstHandling"), false),
          })}
        >
          {existing ? null : <option value="">{t("choose")}</option>}
          {APPEAL_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={filedF.id} label={t("fields.filedAt")} required requiredLabel={common("required")} error={filedF.error}>
        <Input id={filedF.id} type="date" max={today} invalid={!!filedF.error} aria-required aria-describedby={describedBy(filedF.id, { error: filedF.error })} className="max-w-52" {...f.form.register(path("filedAt"))} />
      </Field>
      <Field id={resultF.id} label={t("fields.result")} required requiredLabel={common("required")} error={resultF.error}>
        <Select
          id={resultF.id}
          invalid={!!resultF.error}
          aria-required
          aria-describedby={describedBy(resultF.id, { error: resultF.error })}
          className="max-w-52"
          {...f.form.register(path("result"), {
            // Back to 尚未审结: no closed date any more.
            onChange: (e: { target: { value: string } }) => e.target.value === "pending" && f.form.setValue(path("closedAt"), null),
          })}
        >
          {APPEAL_RESULTS.map((r) => (
            <option key={r} value={r}>
              {t(`result.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={closedF.id} label={t("fields.closedAt")} hint={t("closedAtHint")} error={closedF.error} required={!pending} requiredLabel={common("required")}>
        <Input
          id={closedF.id}
          type="date"
          max={today}
          disabled={pending}
          invalid={!!closedF.error}
          aria-describedby={describedBy(closedF.id, { error: closedF.error, hint: true })}
          className="max-w-52 disabled:bg-brand-50/40"
          {...f.form.register(path("closedAt"), { setValueAs: emptyToNull })}
        />
      </Field>
      {kind === "complaint" ? (
        <Checkbox id={flagF.id} label={t("fields.afterUnsatisfactoryFirstHandling")} error={flagF.error} {...f.form.register(path("afterUnsatisfactoryFirstHandling"))} />
      ) : null}
      <Field id={noteF.id} label={t("fields.note")} error={noteF.error}>
        <Textarea id={noteF.id} rows={2} className="min-h-16" invalid={!!noteF.error} aria-describedby={describedBy(noteF.id, { error: noteF.error })} {...f.form.register(path("note"), { setValueAs: emptyToNull })} />
      </Field>
      <Button type="submit" disabled={f.submitting}>
        {f.submitting ? common("loading") : existing ? t("saveChanges") : t("save")}
      </Button>
    </form>
  );
}
