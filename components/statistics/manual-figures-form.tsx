"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { saveManualFiguresAction } from "@/app/supervisor/statistics/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import {
  cellId,
  type Label,
  MANUAL_DECIMAL_IDS,
  MANUAL_FIGURE_IDS,
  TABLE_2011_1_ROWS,
  TABLE_2011_3_ROWS,
  TABLE_2021_2_BLOCKS,
  TABLE_TITLES,
} from "@/lib/domain/statistics";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { saveManualFiguresActionSchema, type SaveManualFiguresActionInput } from "@/lib/validation/statistics-actions";
import { pick } from "./format";
import { useStatisticsForm } from "./use-statistics-form";

type Values = SaveManualFiguresActionInput;

/** "format2011/table1/proactiveItems" → "figures.format2011.table1.proactiveItems" (the form's field path). */
const pathOf = (id: string) => `figures.${id.split("/").join(".")}`;

function nested(values: Readonly<Record<string, number | null>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const id of MANUAL_FIGURE_IDS) {
    let cur = out;
    const parts = id.split("/");
    parts.forEach((p, i) => {
      if (i === parts.length - 1) cur[p] = values[id] === null || values[id] === undefined ? "" : String(values[id]);
      else cur = (cur[p] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}

type Props = {
  year: number;
  /** The version the form starts from (null: nothing entered yet): a save on a stale form is refused (409). */
  expectedVersion: number | null;
  values: Record<string, number | null>;
};

/** 人工填报: 附表1, 附表3 and 2021 表二 for one year, validated with the API's schema, saved as a new version. */
export function ManualFiguresForm({ year, expectedVersion, values }: Props) {
  const t = useTranslations("statistics.manualFigures");
  const common = useTranslations("common");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);

  const labels: Record<string, string> = {};
  for (const r of [...TABLE_2011_1_ROWS, ...TABLE_2011_3_ROWS]) labels[pathOf(r.id)] = `${pick(TABLE_TITLES.format2011[r.id.includes("table1") ? "table1" : "table3"], locale)} ${locale === "en" ? r.label.en : `${r.prefixZh ?? ""}${r.label.zh}`}`;
  for (const b of TABLE_2021_2_BLOCKS)
    for (const r of b.rows) for (const c of b.columns) labels[pathOf(cellId("format2021/table2", r.key, c.key))] = `${pick(r.label, locale)} · ${pick(c.label, locale)}`;

  const f = useStatisticsForm(saveManualFiguresActionSchema, saveManualFiguresAction, {
    idPrefix: "mf",
    labels,
    defaultValues: { year, expectedVersion, figures: nested(values) } as unknown as Values,
    onSuccess: (data, submitted) => {
      setSaved(data.version);
      // The next save builds on this version (a stale one is refused with 409).
      f.form.reset({ ...submitted, expectedVersion: data.version });
      router.refresh();
    },
  });

  const input = (id: string, label: string, hint?: string) => {
    const path = pathOf(id);
    const fid = f.id(path);
    const error = f.fieldError(path);
    const decimal = MANUAL_DECIMAL_IDS.has(id);
    return (
      <Field key={id} id={fid} label={label} required requiredLabel={common("required")} error={error} hint={hint}>
        <Input
          id={fid}
          inputMode={decimal ? "decimal" : "numeric"}
          autoComplete="off"
          invalid={!!error}
          aria-required
          aria-describedby={describedBy(fid, { error, hint: !!hint })}
          className="max-w-48 tabular-nums"
          {...f.form.register(path as never)}
        />
      </Field>
    );
  };
  const rowLabel = (r: { label: Label; prefixZh?: string }) => (locale === "en" ? r.label.en : `${r.prefixZh ?? ""}${r.label.zh}`);

  return (
    <form onSubmit={(e) => (setSaved(null), f.onSubmit(e))} noValidate className="space-y-8" data-testid="manual-figures-form">
      <ErrorSummary errors={f.errors} message={f.formMessage} />
      {f.conflict ? (
        <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
          {t("reload")}
        </Button>
      ) : null}
      {saved !== null ? <Alert tone="success">{t("saved", { version: saved })}</Alert> : null}
      <p className="text-muted">{t("requiredNote")}</p>

      <fieldset className="space-y-4 rounded-lg border border-line bg-white p-5">
        <legend className="px-1 text-lg font-semibold text-brand-800">{pick(TABLE_TITLES.format2011.table1, locale)}</legend>
        {TABLE_2011_1_ROWS.map((r) => input(r.id, rowLabel(r)))}
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-line bg-white p-5">
        <legend className="px-1 text-lg font-semibold text-brand-800">{pick(TABLE_TITLES.format2011.table3, locale)}</legend>
        {TABLE_2011_3_ROWS.map((r) => input(r.id, rowLabel(r), r.unit ? t("unit", { unit: pick(r.unit, locale) }) : undefined))}
      </fieldset>

      <fieldset className="space-y-6 rounded-lg border border-line bg-white p-5">
        <legend className="px-1 text-lg font-semibold text-brand-800">{pick(TABLE_TITLES.format2021.table2, locale)}</legend>
        {TABLE_2021_2_BLOCKS.flatMap((b) =>
          b.rows.map((r) => (
            <fieldset key={r.key} className="space-y-2">
              <legend className="font-semibold">{pick(r.label, locale)}</legend>
              <div className="grid gap-4 sm:grid-cols-3">
                {b.columns.map((c) => {
                  const id = cellId("format2021/table2", r.key, c.key);
                  return input(id, pick(c.label, locale), MANUAL_DECIMAL_IDS.has(id) ? t("amountHint") : undefined);
                })}
              </div>
            </fieldset>
          )),
        )}
      </fieldset>

      <Button type="submit" disabled={f.submitting} data-testid="save-manual-figures">
        {f.submitting ? common("loading") : t("save")}
      </Button>
    </form>
  );
}
