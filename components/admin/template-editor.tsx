"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { previewTemplateAction, saveTemplateVersionAction } from "@/app/admin/templates/actions";
import { useErrorText } from "@/components/auth/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { KNOWN_PLACEHOLDERS } from "@/lib/domain/documents/placeholders";
import { placeholdersOf } from "@/lib/domain/documents/render";
import type { ComposedDocument } from "@/lib/server/documents/compose-document";
import { templateVersionSchema, type TemplateVersionInput } from "@/lib/validation/admin";
import { useAdminForm } from "./use-admin-form";

/** Edit a template (saved as a new version) and preview it against a real case before saving. */
export function TemplateEditor({ templateId, title, body, exampleCase }: { templateId: string; title: string; body: string; exampleCase: string | null }) {
  const t = useTranslations("admin.templates");
  const p = useTranslations("admin.templates.placeholders");
  const c = useTranslations("common");
  const sep = useTranslations("admin.common")("listSeparator");
  const router = useRouter();
  const errorText = useErrorText();
  const [saved, setSaved] = useState<number>();
  const defaults: TemplateVersionInput = { templateId, title, body };
  const { form, onSubmit, formMessage, errors, fieldError, id, submitting } = useAdminForm(templateVersionSchema, saveTemplateVersionAction, {
    idPrefix: "template",
    labels: { title: t("titleField"), body: t("body") },
    defaultValues: defaults,
    hidden: ["templateId"],
    onSuccess: (data) => {
      setSaved(data.version);
      router.push(`/admin/templates/${data.id}?saved=${data.version}`);
    },
  });
  const [trackingNumber, setTrackingNumber] = useState(exampleCase ?? "");
  const [preview, setPreview] = useState<ComposedDocument>();
  const [previewError, setPreviewError] = useState<string>();
  const [previewing, setPreviewing] = useState(false);

  const currentBody = form.watch("body") ?? "";
  const currentTitle = form.watch("title") ?? "";
  const unknown = [...placeholdersOf(currentTitle), ...placeholdersOf(currentBody)].filter((n) => !(KNOWN_PLACEHOLDERS as readonly string[]).includes(n));

  async function runPreview() {
    setPreviewing(true);
    setPreviewError(undefined);
    const r = await previewTemplateAction({ templateId, title: currentTitle, body: currentBody, trackingNumber });
    setPreviewing(false);
    if (r.ok) setPreview(r.data);
    else {
      setPreview(undefined);
      setPreviewError(errorText(Object.values(r.fieldErrors ?? {})[0]) ?? r.message);
    }
  }

  const titleError = fieldError("title");
  const bodyError = fieldError("body");
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary errors={errors} message={formMessage} />
        {saved ? <Alert tone="success">{t("saved", { version: saved })}</Alert> : null}
        <input type="hidden" {...form.register("templateId")} />
        <Field id={id("title")} label={t("titleField")} required requiredLabel={c("required")} error={titleError}>
          <Input id={id("title")} invalid={!!titleError} aria-describedby={describedBy(id("title"), { error: titleError })} {...form.register("title")} />
        </Field>
        <Field id={id("body")} label={t("body")} required requiredLabel={c("required")} error={bodyError} hint={t("bodyHint")}>
          <Textarea id={id("body")} rows={18} className="font-serif leading-relaxed" invalid={!!bodyError} aria-describedby={describedBy(id("body"), { error: bodyError, hint: true })} {...form.register("body")} />
        </Field>
        {unknown.length ? (
          <Alert tone="warning">{t("unknownPlaceholders", { names: [...new Set(unknown)].map((n) => `{{${n}}}`).join(sep) })}</Alert>
        ) : null}
        <Button type="submit" disabled={submitting}>
          {submitting ? c("loading") : t("saveVersion")}
        </Button>
        <details className="rounded-md border border-line bg-white p-3">
          <summary className="cursor-pointer font-medium text-brand-700">{t("placeholderList")}</summary>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {KNOWN_PLACEHOLDERS.map((name) => (
              <div key={name} className="contents">
                <dt>
                  <code>{`{{${name}}}`}</code>
                </dt>
                <dd>{p(name)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </form>

      <section aria-labelledby="template-preview-title" className="space-y-4">
        <h2 id="template-preview-title" className="text-xl font-semibold text-brand-800">
          {t("previewTitle")}
        </h2>
        <div className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="template-preview-case" className="block font-medium">
              {t("previewCase")}
            </label>
            <Input id="template-preview-case" value={trackingNumber} onChange={(e) => setTrackingNumber(e.target.value)} className="max-w-64 font-mono" aria-describedby="template-preview-case-hint" />
          </div>
          <Button type="button" variant="secondary" onClick={runPreview} disabled={previewing || !trackingNumber.trim()}>
            {previewing ? c("loading") : t("previewButton")}
          </Button>
        </div>
        <p id="template-preview-case-hint" className="text-sm text-muted">
          {t("previewHint")}
        </p>
        {previewError ? <Alert tone="error">{previewError}</Alert> : null}
        {preview ? (
          <article className="space-y-3 rounded-md border border-line bg-white p-6 font-serif" data-testid="template-preview">
            <h3 className="text-center text-xl font-semibold">{preview.title}</h3>
            {preview.body.split("\n").map((para, i) => (
              <p key={i} className="indent-8 leading-loose">
                {para}
              </p>
            ))}
            {preview.missing.length ? (
              <p className="font-sans text-sm text-warn">{t("missing", { names: preview.missing.map((n) => `{{${n}}}`).join(sep) })}</p>
            ) : null}
          </article>
        ) : null}
      </section>
    </div>
  );
}
