"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { applyCalendarChangeAction, previewCalendarChangeAction } from "@/app/admin/calendar/actions";
import { useErrorText } from "@/components/auth/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/errors";
import type { CalendarChangePreview } from "@/lib/server/admin/preview-calendar-change";
import type { CalendarChangeInput } from "@/lib/validation/admin";

export type PendingChange = { change: CalendarChangeInput; preview: CalendarChangePreview; summary: ReactNode };

/**
 * The preview-then-save step every calendar change goes through: first the open cases whose due date would
 * move are listed (old → new), and only then can the change be saved (which recomputes them).
 */
export function useCalendarChange(year: number) {
  const router = useRouter();
  const [pending, setPending] = useState<PendingChange>();
  const preview = (change: CalendarChangeInput) => previewCalendarChangeAction(change);
  return {
    pending,
    preview,
    show: (p: PendingChange) => setPending(p),
    cancel: () => setPending(undefined),
    /** Saved: the page says so at the top (the row that was changed may be gone). */
    done: (recomputed: number) => {
      setPending(undefined);
      router.replace(`/admin/calendar?year=${year}&saved=${recomputed}`);
      router.refresh();
    },
  };
}

export function CalendarPreviewPanel({ pending, onCancel, onSaved }: { pending: PendingChange; onCancel: () => void; onSaved: (recomputed: number) => void }) {
  const t = useTranslations("admin.calendar.preview");
  const status = useTranslations("admin.caseStatus");
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []); // the preview replaces the button that was pressed: move focus to it
  const { changes } = pending.preview;

  async function save() {
    setBusy(true);
    setError(undefined);
    const result: ActionResult<{ recomputed: number }> = await applyCalendarChangeAction(pending.change);
    setBusy(false);
    if (result.ok) onSaved(result.data.recomputed);
    else setError(errorText(Object.values(result.fieldErrors ?? {})[0]) ?? result.message);
  }

  const provisional = (p: boolean) => (p ? ` ${t("provisionalMark")}` : "");
  return (
    <section className="space-y-3 rounded-md border-2 border-brand-600 bg-brand-50 p-4" aria-labelledby="calendar-preview-title" data-testid="calendar-preview">
      <h3 id="calendar-preview-title" className="text-lg font-semibold text-brand-800" tabIndex={-1} ref={heading}>
        {t("title")}
      </h3>
      <div>{pending.summary}</div>
      {changes.length === 0 ? (
        <p data-testid="preview-no-changes">{t("noCases")}</p>
      ) : (
        <>
          <p className="font-medium">{t("cases", { count: changes.length })}</p>
          <div className="max-h-96 overflow-auto rounded border border-line bg-white">
            <table className="w-full text-left">
              <caption className="sr-only">{t("cases", { count: changes.length })}</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("trackingNumber")}</th>
                  <th scope="col" className="px-3 py-2">{t("status")}</th>
                  <th scope="col" className="px-3 py-2">{t("oldDue")}</th>
                  <th scope="col" className="px-3 py-2">{t("newDue")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line/70">
                {changes.map((c) => (
                  <tr key={c.caseId} data-testid="preview-case">
                    <td className="px-3 py-2 font-mono whitespace-nowrap">{c.trackingNumber}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{status.has(c.status) ? status(c.status) : c.status}</td>
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">{(c.before.dueDate ?? t("stopped")) + provisional(c.before.provisional)}</td>
                    <td className="px-3 py-2 font-semibold whitespace-nowrap tabular-nums">
                      <span aria-hidden="true">→ </span>
                      {(c.after.dueDate ?? t("stopped")) + provisional(c.after.provisional)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={save} disabled={busy}>
          {busy ? t("saving") : changes.length ? t("saveAndRecompute", { count: changes.length }) : t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={busy}>
          {t("cancel")}
        </Button>
      </div>
    </section>
  );
}
