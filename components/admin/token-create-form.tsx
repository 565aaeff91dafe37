"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createTokenAction } from "@/app/admin/tokens/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { createTokenSchema, type CreateTokenInput } from "@/lib/validation/admin";
import { formatDate } from "./format";
import { useAdminForm } from "./use-admin-form";

/** Creates a token and shows its secret once, with a copy button; the secret is never shown again. */
export function TokenCreateForm() {
  const t = useTranslations("admin.tokens");
  const c = useTranslations("common");
  const router = useRouter();
  const [issued, setIssued] = useState<{ token: string; name: string; expiresAt: string }>();
  const [copied, setCopied] = useState<boolean>();
  const defaults: CreateTokenInput = { name: "", ownerEmail: "", expiresDays: "365" };
  const { form, onSubmit, formMessage, errors, fieldError, id, submitting } = useAdminForm(createTokenSchema, createTokenAction, {
    idPrefix: "new-token",
    labels: { name: t("name"), ownerEmail: t("ownerEmail"), expiresDays: t("expiresDays") },
    defaultValues: defaults,
    onSuccess: (data, values) => {
      setIssued({ token: data.token, name: values.name, expiresAt: data.expiresAt });
      setCopied(undefined);
      form.reset(defaults);
      router.refresh();
    },
  });

  async function copy() {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.token);
      setCopied(true);
    } catch {
      // No clipboard permission (plain http): select the text so Ctrl+C works.
      (document.getElementById("issued-token-value") as HTMLInputElement | null)?.select();
      setCopied(false);
    }
  }

  const fields = [
    { name: "name", type: "text", hint: t("nameHint") },
    { name: "ownerEmail", type: "email", hint: t("ownerHint") },
    { name: "expiresDays", type: "number", hint: t("expiresHint") },
  ] as const;

  return (
    <div className="space-y-5">
      {issued ? (
        <div className="space-y-3 rounded-md border-l-4 border-ok bg-ok-bg px-4 py-3" role="status" data-testid="issued-token">
          <p className="font-semibold text-ok">{t("issuedTitle", { name: issued.name })}</p>
          <p>{t("issuedOnce", { date: formatDate(issued.expiresAt) })}</p>
          <label htmlFor="issued-token-value" className="sr-only">
            {t("issuedLabel")}
          </label>
          <Input id="issued-token-value" readOnly value={issued.token} className="font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" onClick={copy}>
              {t("copy")}
            </Button>
            {copied === true ? <span className="text-ok">{t("copied")}</span> : null}
            {copied === false ? <span className="text-warn">{t("copyManually")}</span> : null}
          </div>
        </div>
      ) : null}
      <form onSubmit={(e) => (setIssued(undefined), onSubmit(e))} noValidate className="space-y-5">
        <ErrorSummary errors={errors} message={formMessage} />
        {fields.map((f) => {
          const fid = id(f.name);
          const error = fieldError(f.name);
          return (
            <Field key={f.name} id={fid} label={t(f.name)} required requiredLabel={c("required")} error={error} hint={f.hint}>
              <Input
                id={fid}
                type={f.type}
                inputMode={f.type === "number" ? "numeric" : undefined}
                min={f.type === "number" ? 1 : undefined}
                max={f.type === "number" ? 3650 : undefined}
                className={f.type === "number" ? "max-w-40" : undefined}
                autoComplete="off"
                invalid={!!error}
                aria-describedby={describedBy(fid, { error, hint: true })}
                {...form.register(f.name)}
              />
            </Field>
          );
        })}
        <Button type="submit" disabled={submitting}>
          {submitting ? c("loading") : t("createButton")}
        </Button>
      </form>
      {issued ? null : <Alert tone="info">{t("secretNote")}</Alert>}
    </div>
  );
}
