"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveReportProseAction } from "@/app/supervisor/statistics/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { saveReportProseSchema } from "@/lib/validation/statistics-actions";
import { PROSE_SECTIONS } from "./report-prose";
import { useStatisticsForm } from "./use-statistics-form";

type Prose = Record<(typeof PROSE_SECTIONS)[number], string>;

/** The report's own words (一、五、六), saved per year as a new version; a stale form is refused (409). */
export function ReportProseForm({ year, expectedVersion, prose }: { year: number; expectedVersion: number | null; prose: Prose }) {
  const t = useTranslations("statistics.report");
  const common = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const labels = Object.fromEntries(PROSE_SECTIONS.map((s) => [`prose.${s}`, t(`sections.${s}`)]));
  const f = useStatisticsForm(saveReportProseSchema, saveReportProseAction, {
    idPrefix: "prose",
    labels,
    defaultValues: { year, expectedVersion, prose },
    onSuccess: (data, submitted) => {
      setSaved(data.version);
      f.form.reset({ ...submitted, expectedVersion: data.version });
      router.refresh();
    },
  });
  return (
    <form onSubmit={(e) => (setSaved(null), f.onSubmit(e))} noValidate className="space-y-5" data-testid="report-prose-form">
      <ErrorSummary errors={f.errors} message={f.formMessage} />
      {f.conflict ? (
        <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
          {t("reload")}
        </Button>
      ) : null}
      {saved !== null ? <Alert tone="success">{t("saved", { version: saved })}</Alert> : null}
      {PROSE_SECTIONS.map((s) => {
        const path = `prose.${s}`;
        const id = f.id(path);
        const error = f.fieldError(path);
        return (
          <Field key={s} id={id} label={t(`sections.${s}`)} hint={t(`hints.${s}`)} error={error}>
            <Textarea id={id} rows={8} invalid={!!error} aria-describedby={describedBy(id, { error, hint: true })} {...f.form.register(path as "prose.overview")} />
          </Field>
        );
      })}
      <Button type="submit" disabled={f.submitting}>
        {f.submitting ? common("loading") : t("save")}
      </Button>
    </form>
  );
}
