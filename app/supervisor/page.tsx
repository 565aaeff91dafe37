import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { queueHref } from "@/components/case/queue-params";
import { SupervisorNav } from "@/components/statistics/supervisor-nav";
import { formatCalendarDate } from "@/components/request/format";
import { todayInShanghai } from "@/lib/domain/identity";
import { requirePageCapability } from "@/lib/server/auth/session";
import { listPendingExtensions } from "@/lib/server/cases/list-pending-extensions";
import { DUE_SOON_WORKING_DAYS, summarizeDeadlines } from "@/lib/server/cases/summarize-deadlines";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { DeadlineTable } from "./deadline-table";
import { PendingExtensions, type PendingExtensionItem } from "./pending-extensions";

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("supervisorTitle") };
}

/** 督办: extension approvals, then overdue and due-soon cases by department and by assignee. */
export default async function SupervisorBoard() {
  const user = await requirePageCapability("supervisor.use", "/supervisor");
  const today = todayInShanghai();
  const [home, t, rawLocale, pending, deadlines] = await Promise.all([
    getTranslations("home"),
    getTranslations("board"),
    getLocale(),
    listPendingExtensions({ today, roles: user.roles }),
    summarizeDeadlines(today),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const items: PendingExtensionItem[] = pending.map((p) => ({
    trackingNumber: p.trackingNumber,
    version: p.version,
    applicantName: p.applicantName,
    dueDate: p.dueDate,
    dueDateProvisional: p.dueDateProvisional,
    reason: p.reason,
    requestedAt: p.requestedAt,
    handler: [p.departmentName, p.assigneeName].filter(Boolean).join(" · ") || null,
    extendedDueDate: p.extendedDueDate,
    canApprove: p.canApprove,
    canRefuse: p.canRefuse,
    lastDay: p.dueDate === today,
  }));
  const nothingDue = deadlines.total.overdue === 0 && deadlines.total.dueSoon === 0;

  return (
    <div className="space-y-10">
      <SupervisorNav />
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-brand-800 sm:text-3xl">{home("supervisorTitle")}</h1>
        <p>{t("lead")}</p>
      </div>

      <section aria-labelledby="extensions-title" className="space-y-4">
        <div className="space-y-1">
          <h2 id="extensions-title" className="text-xl font-semibold text-brand-800">
            {t("extensions.title")}
            <span className="ml-2 rounded-full bg-brand-50 px-3 py-0.5 text-base font-medium text-brand-800">{items.length}</span>
          </h2>
          <p className="text-muted">{t("extensions.lead")}</p>
        </div>
        <PendingExtensions items={items} />
      </section>

      <section aria-labelledby="deadlines-title" className="space-y-4">
        <div className="space-y-1">
          <h2 id="deadlines-title" className="text-xl font-semibold text-brand-800">
            {t("deadlines.title")}
          </h2>
          <p className="text-muted">{t("deadlines.lead", { limit: formatCalendarDate(deadlines.dueSoonLimit, locale) })}</p>
        </div>
        {deadlines.total.overdue > 0 ? (
          // A standing summary, not an event: no role=alert, so it is not announced on every visit.
          <p className="rounded-md border-l-4 border-danger bg-danger-bg px-4 py-3 text-danger" data-testid="overdue-banner">
            <Link href={queueHref({}, { overdue: true })} className="font-semibold underline underline-offset-4 hover:text-ink">
              {t("deadlines.overdueAlert", { count: deadlines.total.overdue })}
            </Link>
          </p>
        ) : (
          <p className="rounded-md border-l-4 border-ok bg-ok-bg px-4 py-3 text-ok">{t("deadlines.allClear")}</p>
        )}
        {nothingDue ? (
          <p className="rounded-lg border border-line bg-white p-6 text-muted">{t("deadlines.empty")}</p>
        ) : (
          <div className="grid gap-6 lg:grid-cols-2">
            <div className="space-y-2">
              <h3 className="text-lg font-semibold">{t("deadlines.byDepartment")}</h3>
              <DeadlineTable dimension="department" rows={deadlines.byDepartment} total={deadlines.total} dueSoonDays={DUE_SOON_WORKING_DAYS} />
            </div>
            <div className="space-y-2">
              <h3 className="text-lg font-semibold">{t("deadlines.byAssignee")}</h3>
              <DeadlineTable dimension="assignee" rows={deadlines.byAssignee} total={deadlines.total} dueSoonDays={DUE_SOON_WORKING_DAYS} />
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
