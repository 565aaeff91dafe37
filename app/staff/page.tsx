import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QueueFilterForm } from "@/components/case/queue-filter-form";
import { parseQueueParams, queueHref, toCaseFilters } from "@/components/case/queue-params";
import { QueueQuickFilters, type QueueCounts } from "@/components/case/queue-quick-filters";
import { QueueTable } from "@/components/case/queue-table";
import { DUE_SOON_WORKING_DAYS } from "@/components/case/deadline-state";
import { buttonClass } from "@/components/ui/button";
import { getDb, type Db } from "@/db";
import { todayInShanghai } from "@/lib/domain/identity";
import { CASE_STATUSES } from "@/lib/domain/workflow";
import { requirePageCapability } from "@/lib/server/auth/session";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { countCases, listCases, type CaseListFilters } from "@/lib/server/cases/list-cases";
import { listDepartments } from "@/lib/server/organization/list-departments";
import { listCaseWorkers } from "@/lib/server/users/list-case-workers";

const PAGE_SIZE = 25;

/** Counts beside the filters: each one with the other filters applied (10 small counts, run together). */
async function queueCounts(db: Db, filters: CaseListFilters, userId: string, dueSoonDays: number, today: string): Promise<QueueCounts> {
  const byStatus = Promise.all(CASE_STATUSES.map(async (s) => [s, await countCases(db, { ...filters, status: s }, today)] as const));
  const [statuses, overdue, dueSoon, mine] = await Promise.all([
    byStatus,
    countCases(db, { ...filters, overdue: true }, today),
    countCases(db, { ...filters, dueWithinWorkingDays: dueSoonDays }, today),
    countCases(db, { ...filters, assigneeId: userId }, today),
  ]);
  return { byStatus: Object.fromEntries(statuses), overdue, dueSoon, mine };
}

export default async function StaffQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageCapability("staff.use", "/staff");
  const params = parseQueueParams(await searchParams);
  const today = todayInShanghai();
  const db = await getDb();
  const filters = toCaseFilters(params, user.id);
  const dueSoonDays = params.dueWithin ?? DUE_SOON_WORKING_DAYS;
  const [t, home, page, counts, workers, departments, cal] = await Promise.all([
    getTranslations("queue"),
    getTranslations("home"),
    listCases(db, { ...filters, cursor: params.cursor, limit: PAGE_SIZE }, today),
    queueCounts(db, filters, user.id, dueSoonDays, today),
    listCaseWorkers(db),
    listDepartments(db),
    loadWorkCalendar(db),
  ]);
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const total = params.status ? (counts.byStatus[params.status] ?? 0) : Object.values(counts.byStatus).reduce((a, n) => a + n, 0);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-brand-800">{home("staffTitle")}</h1>
          <p className="text-muted">{t("lead")}</p>
        </div>
        <Link href="/staff/register" className={buttonClass("primary")}>
          {t("register")}
        </Link>
      </div>
      <QueueQuickFilters params={params} counts={counts} dueSoonDays={dueSoonDays} />
      <QueueFilterForm params={params} counts={counts} me={{ id: user.id, name: user.name }} workers={workers} departments={departments} years={years} />
      <p role="status" className="font-medium" data-testid="queue-total">
        {t("results", { count: total })}
      </p>
      {page.items.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6 text-muted">{t("empty")}</p>
      ) : (
        <QueueTable items={page.items} cal={cal} today={today} />
      )}
      {params.cursor || page.nextCursor ? (
        <nav aria-label={t("pagination")} className="flex flex-wrap gap-4">
          {params.cursor ? (
            <Link href={queueHref(params)} className={buttonClass("secondary")}>
              {t("first")}
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link href={queueHref(params, { cursor: page.nextCursor })} className={buttonClass("secondary")} rel="next">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
