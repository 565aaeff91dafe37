"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/auth/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Textarea } from "@/components/ui/textarea";
import { noticeFormSchema, overrideFormSchema, parseNoticeLines, type NoticeFormInput, type OverrideFormInput } from "@/lib/validation/admin";
import { CalendarPreviewPanel, useCalendarChange } from "./calendar-change";
import { useAdminForm } from "./use-admin-form";

/** Add (or replace) one override: preview which cases move, then save. */
export function OverrideForm({ year }: { year: number }) {
  const t = useTranslations("admin.calendar");
  const c = useTranslations("common");
  const flow = useCalendarChange(year);
  const defaults: OverrideFormInput = { date: "", kind: "holiday", note: "" };
  const { form, onSubmit, formMessage, errors, fieldError, id, submitting } = useAdminForm(
    overrideFormSchema,
    (values: OverrideFormInput) => flow.preview({ op: "set", ...values }),
    {
      idPrefix: "override",
    labels: { date: t("date"), kind: t("overrideKind"), note: t("note") },
      defaultValues: defaults,
      onSuccess: (preview, values) =>
        flow.show({
          change: { op: "set", ...values },
          preview,
          summary: <p>{t("overrideSummary", { date: values.date, kind: t(`overrideKinds.${values.kind}`), note: values.note?.trim() || "—" })}</p>,
        }),
    },
  );
  const dateError = fieldError("date");
  const noteError = fieldError("note");
  return (
    <div className="space-y-4" data-testid="override-form">
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary errors={errors} message={formMessage} />
        <Field id={id("date")} label={t("date")} required requiredLabel={c("required")} error={dateError} hint={t("dateHint")}>
          <Input id={id("date")} type="date" className="max-w-56" invalid={!!dateError} aria-describedby={describedBy(id("date"), { error: dateError, hint: true })} {...form.register("date")} />
        </Field>
        <RadioGroup
          id={id("kind")}
          legend={t("overrideKind")}
          required
          requiredLabel={c("required")}
          error={fieldError("kind")}
          inline
          options={[
            { value: "holiday", label: t("overrideKinds.holiday") },
            { value: "workday", label: t("overrideKinds.workday") },
          ]}
          inputProps={form.register("kind")}
        />
        <Field id={id("note")} label={t("note")} error={noteError} hint={t("noteHint")}>
          <Input id={id("note")} invalid={!!noteError} aria-describedby={describedBy(id("note"), { error: noteError, hint: true })} {...form.register("note")} />
        </Field>
        {flow.pending ? null : (
          <Button type="submit" disabled={submitting}>
            {submitting ? c("loading") : t("previewButton")}
          </Button>
        )}
      </form>
      {flow.pending ? (
        <CalendarPreviewPanel
          pending={flow.pending}
          onCancel={flow.cancel}
          onSaved={(n) => {
            form.reset(defaults);
            flow.done(n);
          }}
        />
      ) : null}
    </div>
  );
}

/** A whole year's State Council notice as lines, optionally marking the year complete (no longer provisional). */
export function NoticeForm({ year, publishedYear, statutory }: { year: number; publishedYear: boolean; statutory: { date: string; name: string }[] }) {
  const t = useTranslations("admin.calendar");
  const n = useTranslations("admin.calendar.notice");
  const c = useTranslations("common");
  const errorText = useErrorText();
  const flow = useCalendarChange(year);
  const defaults: NoticeFormInput = { year: String(year), lines: "", complete: false };
  const [problems, setProblems] = useState<ReturnType<typeof parseNoticeLines>["problems"]>([]);
  const { form, onSubmit, formMessage, errors, fieldError, id, submitting } = useAdminForm(
    noticeFormSchema,
    (values: NoticeFormInput) => flow.preview({ op: "notice", year: Number(values.year), lines: values.lines, complete: values.complete }),
    {
      idPrefix: "notice",
    labels: { lines: n("lines", { year }), complete: n("complete", { year }) },
      defaultValues: defaults,
      hidden: ["year"],
      onSuccess: (preview, values) =>
        flow.show({
          change: { op: "notice", year: Number(values.year), lines: values.lines, complete: values.complete },
          preview,
          summary: (
            <div className="space-y-1">
              <p>{n("summary", { count: preview.dates.length, year })}</p>
              {values.complete ? <p className="font-medium">{n("summaryComplete", { year })}</p> : null}
            </div>
          ),
        }),
    },
  );
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    setProblems(parseNoticeLines(form.getValues("lines"), year).problems);
    return onSubmit(e);
  };
  const linesError = fieldError("lines");
  const insertStatutory = () => {
    const current = form.getValues("lines").trim();
    const lines = statutory.map((h) => `${h.date} holiday ${h.name}`).join("\n");
    form.setValue("lines", current ? `${current}\n${lines}` : lines, { shouldDirty: true });
  };

  return (
    <div className="space-y-4" data-testid="notice-form">
      <form onSubmit={submit} noValidate className="space-y-5">
        <ErrorSummary errors={errors} message={formMessage} />
        <input type="hidden" {...form.register("year")} />
        <Field id={id("lines")} label={n("lines", { year })} required requiredLabel={c("required")} error={linesError} hint={n("linesHint")}>
          <Textarea
            id={id("lines")}
            rows={10}
            spellCheck={false}
            className="font-mono text-sm"
            placeholder={n("placeholder", { year })}
            invalid={!!linesError}
            aria-describedby={describedBy(id("lines"), { error: linesError, hint: true })}
            {...form.register("lines")}
          />
        </Field>
        {problems.length ? (
          <ul className="list-disc space-y-1 pl-6 text-danger" data-testid="notice-problems">
            {problems.slice(0, 20).map((p) => (
              <li key={p.line}>{n(`problems.${p.problem}`, { line: p.line, text: p.text, year })}</li>
            ))}
          </ul>
        ) : null}
        {statutory.length ? (
          <div className="space-y-2 rounded-md border border-line bg-slate-50 p-3">
            <p className="text-sm">{n("statutoryHint", { year })}</p>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
              {statutory.map((h) => (
                <li key={h.date} className="whitespace-nowrap">
                  {h.date} {h.name}
                </li>
              ))}
            </ul>
            <Button type="button" variant="secondary" onClick={insertStatutory}>
              {n("insertStatutory")}
            </Button>
          </div>
        ) : null}
        {publishedYear ? (
          <p className="text-muted">{n("publishedYear", { year })}</p>
        ) : (
          <Checkbox id={id("complete")} label={n("complete", { year })} error={errorText(form.formState.errors.complete?.message)} {...form.register("complete")} />
        )}
        {publishedYear ? null : <p className="text-sm text-warn">{n("completeWarning")}</p>}
        {flow.pending ? null : (
          <Button type="submit" disabled={submitting}>
            {submitting ? c("loading") : t("previewButton")}
          </Button>
        )}
      </form>
      {flow.pending ? (
        <CalendarPreviewPanel
          pending={flow.pending}
          onCancel={flow.cancel}
          onSaved={(count) => {
            form.reset(defaults);
            setProblems([]);
            flow.done(count);
          }}
        />
      ) : null}
    </div>
  );
}

/** Remove an override, or unmark a year's notice: a button that previews, then saves. */
export function CalendarChangeButton({ year, change, label, summary, testId }: { year: number; change: { op: "remove"; date: string } | { op: "withdraw_notice"; year: number }; label: string; summary: string; testId?: string }) {
  const c = useTranslations("admin.common");
  const errorText = useErrorText();
  const flow = useCalendarChange(year);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  async function preview() {
    setBusy(true);
    setError(undefined);
    const result = await flow.preview(change);
    setBusy(false);
    if (result.ok) flow.show({ change, preview: result.data, summary: <p>{summary}</p> });
    else setError(errorText(Object.values(result.fieldErrors ?? {})[0]) ?? result.message);
  }
  return (
    <div className="space-y-2">
      {flow.pending ? (
        <CalendarPreviewPanel pending={flow.pending} onCancel={flow.cancel} onSaved={flow.done} />
      ) : (
        <Button type="button" variant="secondary" onClick={preview} disabled={busy} data-testid={testId}>
          {busy ? c("working") : label}
        </Button>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
