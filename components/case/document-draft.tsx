"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { previewActionDocumentAction } from "@/app/staff/cases/[trackingNumber]/document-actions";
import { Button } from "@/components/ui/button";
import type { DocumentKind } from "@/lib/domain/documents/kinds";
import type { ActionResult } from "@/lib/errors";
import { TextAreaField } from "./action-fields";
import { emptyToUndefined, type CaseActionContext } from "./use-case-action-form";

/** What DocumentDraft needs of useCaseActionForm's result. */
type DraftForm<V extends FieldValues> = {
  form: UseFormReturn<V>;
  schema: z.ZodType<V, V>;
  showFailure: (result: Extract<ActionResult<unknown>, { ok: false }>) => void;
  clearMessages: () => void;
  fieldError: (name: string) => string | undefined;
  id: (name: string) => string;
};

/** The form's values other than the text itself, to notice when they change after the preview was made. */
function snapshotOf(values: Record<string, unknown>, field: string): string {
  return JSON.stringify(Object.entries(values).filter(([k]) => k !== field).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The "preview / edit the document" step of an action form: generates the document the action sends from its
 * template with the values filled in above (server-side, exactly as it would be issued), shows it in a textarea
 * staff may edit, and submits the edited text with the action (`documentText`, or the reply's `letter`). Empty
 * means "the template's text", as before. The server validates the text again (length, characters).
 */
export function DocumentDraft<V extends FieldValues>({
  f,
  ctx,
  kind,
  field = "documentText",
}: {
  f: DraftForm<V>;
  ctx: CaseActionContext;
  kind: DocumentKind;
  field?: "documentText" | "letter";
}) {
  const t = useTranslations("documents.draft");
  const document = useTranslations("documents.kinds")(kind);
  const name = field as Path<V>;
  const [generatedFrom, setGeneratedFrom] = useState<string>();
  const [missing, setMissing] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const values = f.form.watch() as Record<string, unknown>;
  const text = values[field];
  const hasText = typeof text === "string" && text.trim() !== "";
  const stale = hasText && generatedFrom !== undefined && generatedFrom !== snapshotOf(values, field);

  const generate = async () => {
    setStatus(undefined);
    f.clearMessages();
    if (!(await f.form.trigger())) return;
    const parsed = f.schema.safeParse(f.form.getValues());
    if (!parsed.success) return;
    const body: Record<string, unknown> = { ...parsed.data };
    delete body[field];
    setBusy(true);
    try {
      const result = await previewActionDocumentAction({ trackingNumber: ctx.trackingNumber, body });
      if (!result.ok) {
        f.showFailure(result);
        return;
      }
      f.form.setValue(name, result.data.body as V[typeof name], { shouldDirty: true, shouldValidate: false });
      setGeneratedFrom(snapshotOf(f.form.getValues() as Record<string, unknown>, field));
      setMissing(result.data.missing);
      setStatus(t("generated"));
    } finally {
      setBusy(false);
    }
  };

  const useTemplate = () => {
    f.form.setValue(name, undefined as V[typeof name], { shouldDirty: true });
    setGeneratedFrom(undefined);
    setMissing([]);
    setStatus(undefined);
  };

  return (
    <fieldset className="space-y-3 rounded-md border border-line p-4" data-testid="document-draft">
      <legend className="px-1 font-medium">{t("heading", { document })}</legend>
      <p className="text-sm text-muted">{t("lead")}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={generate} disabled={busy}>
          {busy ? t("generating") : hasText ? t("regenerate") : t("generate")}
        </Button>
        {hasText ? (
          <Button type="button" variant="link" onClick={useTemplate}>
            {t("useTemplate")}
          </Button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="text-sm text-ok empty:hidden">
        {stale ? null : status}
      </p>
      {stale ? (
        <p className="rounded-md border border-warn bg-warn-bg text-warn px-3 py-2 text-sm" role="note">
          {t("stale")}
        </p>
      ) : null}
      {hasText && missing.length > 0 ? (
        <p className="rounded-md border border-warn bg-warn-bg text-warn px-3 py-2 text-sm" role="note">
          {t("missing", { names: missing.map((m) => `{{${m}}}`).join("、") })}
        </p>
      ) : null}
      <TextAreaField
        id={f.id(field)}
        rows={hasText ? 14 : 4}
        label={t("label", { document })}
        hint={t("hint")}
        error={f.fieldError(field)}
        registration={f.form.register(name, { setValueAs: emptyToUndefined })}
      />
    </fieldset>
  );
}
