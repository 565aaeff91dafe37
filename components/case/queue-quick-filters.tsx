import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { CASE_STATUSES } from "@/lib/domain/workflow";
import { queueHref, type QueueParams } from "./queue-params";

export type QueueCounts = { byStatus: Record<string, number>; overdue: number; dueSoon: number; mine: number };

function Chip({ href, active, tone, children }: { href: string; active: boolean; tone?: "danger" | "warn"; children: ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "true" : undefined}
      className={cn(
        "inline-flex min-h-11 items-center rounded-full border px-4 py-1 no-underline",
        active ? "border-brand-700 bg-brand-700 text-white" : "bg-white hover:bg-brand-50",
        !active && tone === "danger" && "border-danger font-semibold text-danger",
        !active && tone === "warn" && "border-warn font-semibold text-warn",
        !active && !tone && "border-line text-brand-700",
      )}
    >
      {children}
    </Link>
  );
}

/** One-click views with their counts: by status, and overdue / due soon / my cases (toggles). */
export async function QueueQuickFilters({ params, counts, dueSoonDays }: { params: QueueParams; counts: QueueCounts; dueSoonDays: number }) {
  const [t, status] = await Promise.all([getTranslations("queue"), getTranslations("requests.status")]);
  const all = Object.values(counts.byStatus).reduce((a, n) => a + n, 0);
  const label = (text: string, count: number) => t("chipCount", { label: text, count });
  return (
    <nav aria-label={t("quickLabel")} className="space-y-3">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Chip href={queueHref(params, { status: undefined })} active={!params.status}>
            {label(t("all"), all)}
          </Chip>
        </li>
        {CASE_STATUSES.map((s) => (
          <li key={s}>
            <Chip href={queueHref(params, { status: s })} active={params.status === s}>
              {label(status(s), counts.byStatus[s] ?? 0)}
            </Chip>
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Chip href={queueHref(params, { overdue: !params.overdue })} active={!!params.overdue} tone="danger">
            {label(t("overdue"), counts.overdue)}
          </Chip>
        </li>
        <li>
          <Chip href={queueHref(params, { dueWithin: params.dueWithin === undefined ? dueSoonDays : undefined })} active={params.dueWithin !== undefined} tone="warn">
            {label(t("dueSoon", { days: dueSoonDays }), counts.dueSoon)}
          </Chip>
        </li>
        <li>
          <Chip href={queueHref(params, { assignee: params.assignee === "me" ? undefined : "me" })} active={params.assignee === "me"}>
            {label(t("mine"), counts.mine)}
          </Chip>
        </li>
      </ul>
    </nav>
  );
}
