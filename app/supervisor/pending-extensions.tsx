"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatCalendarDate } from "@/components/request/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { approveExtensionAction, refuseExtensionAction } from "./actions";

/** What the board shows of one pending extension (a plain, serialisable subset of the server's row). */
export type PendingExtensionItem = {
  trackingNumber: string;
  version: number;
  applicantName: string;
  dueDate: string | null;
  dueDateProvisional: boolean;
  reason: string;
  requestedAt: string;
  handler: string | null;
  extendedDueDate: string | null;
  canApprove: boolean;
  canRefuse: boolean;
  /** Today is the last day on which it may be approved. */
  lastDay: boolean;
};

type Flash = { tone: "success" | "error"; text: string };
type Decided = { trackingNumber: string; dueDate: string | null };

/** Extension requests awaiting a supervisor, each with Approve (1–20 working days) and Refuse (optional note). */
export function PendingExtensions({ items }: { items: PendingExtensionItem[] }) {
  const t = useTranslations("board");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const router = useRouter();
  const [flash, setFlash] = useState<Flash | null>(null);

  /** The one place a decision's result becomes words: success, or why not (409, 422 …), and the list refreshed. */
  function report(tn: string, result: ActionResult<Decided>, kind: "approve" | "refuse"): { workingDays?: string } {
    if (result.ok) {
      const dueDate = result.data.dueDate ? formatCalendarDate(result.data.dueDate, locale) : "—";
      setFlash({ tone: "success", text: kind === "approve" ? t("extensions.approved", { trackingNumber: tn, dueDate }) : t("extensions.refused", { trackingNumber: tn }) });
      router.refresh();
      return {};
    }
    if (result.code === "validation" && result.fieldErrors?.workingDays) return { workingDays: t("extensions.workingDaysInvalid") };
    const reason = result.fieldErrors?.reason;
    const text =
      result.code === "conflict"
        ? t("errors.conflict", { trackingNumber: tn })
        : result.code === "not_allowed" && reason === "extension.afterDueDate"
          ? t("errors.afterDueDate", { trackingNumber: tn })
          : result.code === "not_allowed" && reason === "extension.nonePending"
            ? t("errors.nonePending", { trackingNumber: tn })
            : result.code === "not_allowed"
              ? t("errors.notAllowed", { trackingNumber: tn })
              : result.code === "forbidden"
                ? t("errors.forbidden")
                : result.message || t("errors.failed");
    setFlash({ tone: "error", text });
    router.refresh();
    return {};
  }

  return (
    <div className="space-y-4">
      <div aria-live="polite">{flash ? <Alert tone={flash.tone} className="font-medium">{flash.text}</Alert> : null}</div>
      {items.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6 text-muted">{t("extensions.empty")}</p>
      ) : (
        <ul className="space-y-4" aria-label={t("extensions.caption")}>
          {items.map((item) => (
            <li key={`${item.trackingNumber}:${item.version}`}>
              <ExtensionCard item={item} locale={locale} onDecided={report} onStart={() => setFlash(null)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type CardProps = {
  item: PendingExtensionItem;
  locale: "zh-CN" | "en";
  onDecided: (tn: string, result: ActionResult<Decided>, kind: "approve" | "refuse") => { workingDays?: string };
  onStart: () => void;
};

function ExtensionCard({ item, locale, onDecided, onStart }: CardProps) {
  const t = useTranslations("board.extensions");
  const tn = item.trackingNumber;
  const idBase = `ext-${tn}`;
  const [workingDays, setWorkingDays] = useState("20");
  const [note, setNote] = useState("");
  const [daysError, setDaysError] = useState<string | undefined>();
  const [busy, setBusy] = useState<"approve" | "refuse" | null>(null);
  const date = (d: string | null) => (d ? formatCalendarDate(d, locale) : t("noDueDate"));

  async function run(kind: "approve" | "refuse", call: () => Promise<ActionResult<Decided>>) {
    onStart();
    setBusy(kind);
    let result: ActionResult<Decided>;
    try {
      result = await call();
    } catch {
      result = { ok: false, code: "unavailable", message: "" }; // the action never answered (network, server restart)
    }
    setBusy(null);
    setDaysError(onDecided(tn, result, kind).workingDays);
  }

  function approve(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = workingDays.trim();
    const days = Number(value);
    if (value !== "" && (!Number.isInteger(days) || days < 1 || days > 20)) {
      setDaysError(t("workingDaysInvalid"));
      document.getElementById(`${idBase}-days`)?.focus();
      return;
    }
    setDaysError(undefined);
    void run("approve", () => approveExtensionAction({ trackingNumber: tn, expectedVersion: item.version, workingDays: value === "" ? undefined : days }));
  }

  function refuse(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void run("refuse", () => refuseExtensionAction({ trackingNumber: tn, expectedVersion: item.version, note }));
  }

  return (
    <article aria-labelledby={`${idBase}-title`} className="space-y-4 rounded-lg border border-line bg-white p-5" data-testid="pending-extension">
      <h3 id={`${idBase}-title`} className="text-lg font-semibold">
        <Link href={`/staff/cases/${encodeURIComponent(tn)}`} className="font-mono text-brand-700 underline underline-offset-4 hover:text-brand-800">
          {tn}
        </Link>
        <span className="ml-3 font-normal text-ink">{item.applicantName}</span>
      </h3>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-medium text-muted">{t("dueDate")}</dt>
          <dd data-testid="current-due-date">
            {date(item.dueDate)}
            {item.dueDateProvisional ? <span className="ml-1 text-warn">{t("provisional")}</span> : null}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-muted">{t("extendedDue")}</dt>
          <dd>{item.extendedDueDate ? date(item.extendedDueDate) : "—"}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-muted">{t("requestedAt")}</dt>
          <dd>{date(item.requestedAt)}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-muted">{t("handler")}</dt>
          <dd>{item.handler ?? "—"}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm font-medium text-muted">{t("reason")}</dt>
          <dd className="whitespace-pre-line break-words">{item.reason}</dd>
        </div>
      </dl>
      {!item.canApprove ? (
        <p className="rounded-md border-l-4 border-danger bg-danger-bg px-3 py-2 font-medium text-danger">{t("late")}</p>
      ) : item.lastDay ? (
        <p className="rounded-md border-l-4 border-warn bg-warn-bg px-3 py-2 font-medium text-warn">{t("lastDay")}</p>
      ) : null}

      <div className="grid gap-6 border-t border-line pt-4 md:grid-cols-2">
        {item.canApprove ? (
          <form onSubmit={approve} noValidate className="space-y-3" aria-label={t("approveLabel", { trackingNumber: tn })}>
            <Field id={`${idBase}-days`} label={t("workingDays")} hint={t("workingDaysHint")} error={daysError}>
              <Input
                id={`${idBase}-days`}
                type="number"
                inputMode="numeric"
                min={1}
                max={20}
                step={1}
                value={workingDays}
                onChange={(e) => setWorkingDays(e.target.value)}
                invalid={!!daysError}
                aria-describedby={describedBy(`${idBase}-days`, { error: daysError, hint: true })}
                className="max-w-32"
              />
            </Field>
            <Button type="submit" disabled={busy !== null}>
              {busy === "approve" ? t("approving") : t("approve")}
            </Button>
          </form>
        ) : null}
        {item.canRefuse ? (
          <form onSubmit={refuse} noValidate className="space-y-3" aria-label={t("refuseLabel", { trackingNumber: tn })}>
            <Field id={`${idBase}-note`} label={t("refuseNote")}>
              <Textarea id={`${idBase}-note`} rows={2} className="min-h-20" value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
            </Field>
            <Button type="submit" variant="secondary" disabled={busy !== null}>
              {busy === "refuse" ? t("refusing") : t("refuse")}
            </Button>
          </form>
        ) : null}
      </div>
    </article>
  );
}
