import { getTranslations } from "next-intl/server";
import { queueHref } from "@/components/case/queue-params";
import { BarList } from "@/components/statistics/bar-list";
import { ChartFigure, DataTable } from "@/components/statistics/chart-figure";
import { statisticsYears } from "@/components/statistics/format";
import { MonthChart } from "@/components/statistics/month-chart";
import { resolvePageScope } from "@/components/statistics/page-scope";
import { PrintStyles } from "@/components/statistics/print-styles";
import { ScopeForm } from "@/components/statistics/scope-form";
import { getDb, getReadDb } from "@/db";
import { type Channel, CHANNELS } from "@/lib/domain/statistics";
import { formatDate, outcomeLabel } from "@/lib/i18n/labels";
import { requirePageCapability } from "@/lib/server/auth/session";
import { listDepartments } from "@/lib/server/organization/list-departments";
import { getDashboard } from "@/lib/server/statistics/dashboard-data";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

/** 统计概览: the year's flows and today's backlog, each chart with its table, computed by aggregate queries. */
export default async function DashboardPage({ searchParams }: Props) {
  await requirePageCapability("statistics.read", "/supervisor/dashboard");
  const readDb = await getReadDb();
  const scope = await resolvePageScope(readDb, await searchParams);
  const [data, departments, t, ch] = await Promise.all([
    getDashboard(readDb, { year: scope.year, departmentId: scope.departmentId, today: scope.today }),
    listDepartments(await getDb()),
    getTranslations("dashboard"),
    getTranslations("case.channels"),
  ]);
  const l = scope.locale;
  const channelLabels = Object.fromEntries(CHANNELS.map((c) => [c, ch(c)])) as Record<Channel, string>;
  const shortMonth = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
  const monthLabel = (m: number) => (l === "en" ? shortMonth.format(Date.UTC(2000, m - 1, 1)) : t("month", { month: m }));
  const yearTotal = data.months.reduce((s, m) => s + m.total, 0);
  const busiest = [...data.months].sort((a, b) => b.total - a.total)[0];
  const outcomeText = (key: string, kind: "reply" | "ending") => (kind === "reply" ? (outcomeLabel(key, l) ?? key) : t(`endings.${key.replace(".", "_")}` as "endings.6_1"));
  const handled = data.outcomes.reduce((s, o) => s + o.count, 0);
  const tl = data.timeliness;
  const today = formatDate(scope.today, l);
  const scopeName = scope.department?.name ?? t("wholeAgency");

  return (
    <div className="space-y-8">
      <PrintStyles openDetails />
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-brand-800 sm:text-3xl">{t("title")}</h1>
        <p className="text-lg font-medium">{t("scopeLine", { year: scope.year, scope: scopeName })}</p>
        <p className="text-muted">{t("lead")}</p>
      </header>
      <ScopeForm action="/supervisor/dashboard" scope={scope} years={statisticsYears(scope.currentYear)} departments={departments} />

      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="ontime-title" className="space-y-2 rounded-lg border border-line bg-white p-5" data-testid="stat-on-time">
          <h2 id="ontime-title" className="text-xl font-semibold text-brand-800">{t("onTime.title")}</h2>
          <p className="text-4xl font-semibold tabular-nums text-brand-800" data-testid="on-time-rate">
            {tl.onTimeRate === null ? t("noData") : t("percent", { value: tl.onTimeRate })}
          </p>
          <p>{t("onTime.body", { onTime: tl.onTime, total: tl.withDueDate })}</p>
          {tl.onTimeRate !== null ? (
            <div className="h-3 rounded bg-danger-bg" aria-hidden="true">
              <div className="h-3 rounded bg-ok" style={{ width: `${tl.onTimeRate}%` }} />
            </div>
          ) : null}
          <p className="text-sm text-muted">{t("onTime.definition")}</p>
        </section>
        <section aria-labelledby="median-title" className="space-y-2 rounded-lg border border-line bg-white p-5" data-testid="stat-median">
          <h2 id="median-title" className="text-xl font-semibold text-brand-800">{t("median.title")}</h2>
          <p className="text-4xl font-semibold tabular-nums text-brand-800" data-testid="median-days">
            {tl.medianWorkingDays === null ? t("noData") : t("median.value", { days: tl.medianWorkingDays })}
          </p>
          <p>{t("median.body", { count: tl.replies })}</p>
          <p className="text-sm text-muted">{t("median.definition")}</p>
        </section>
      </div>

      <ChartFigure
        id="monthly"
        title={t("monthly.title")}
        description={t("monthly.description", { total: yearTotal })}
        table={
          <DataTable
            caption={t("monthly.title")}
            columns={[t("monthly.monthColumn"), ...CHANNELS.map((c) => channelLabels[c]), t("total")]}
            rows={data.months.map((m) => ({ key: String(m.month), label: monthLabel(m.month), cells: [...CHANNELS.map((c) => m.byChannel[c]), m.total] }))}
          />
        }
      >
        <MonthChart
          months={data.months}
          channelLabels={channelLabels}
          monthLabel={monthLabel}
          summary={yearTotal === 0 || !busiest ? t("monthly.summaryEmpty", { year: scope.year }) : t("monthly.summary", { year: scope.year, total: yearTotal, month: busiest.month, count: busiest.total })}
        />
      </ChartFigure>

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          id="outcomes"
          title={t("outcomes.title")}
          description={t("outcomes.description", { total: handled })}
          table={
            <DataTable
              caption={t("outcomes.title")}
              columns={[t("outcomes.column"), t("count")]}
              rows={data.outcomes.map((o) => ({ key: o.key, label: outcomeText(o.key, o.kind), cells: [o.count] }))}
            />
          }
        >
          <BarList testId="outcome-bars" items={data.outcomes.map((o) => ({ key: o.key, label: outcomeText(o.key, o.kind), value: o.count, tone: o.kind === "ending" ? "muted" : "brand" }))} />
        </ChartFigure>

        <ChartFigure
          id="backlog"
          title={t("backlog.title", { date: today })}
          description={t("backlog.description", { count: data.backlog.open })}
          table={
            <DataTable
              caption={t("backlog.title", { date: today })}
              columns={[t("backlog.column"), t("count")]}
              rows={data.backlog.buckets.map((b) => ({ key: b.key, label: t(`backlog.buckets.${b.key}`), cells: [b.count] }))}
            />
          }
        >
          <BarList testId="backlog-bars" items={data.backlog.buckets.map((b) => ({ key: b.key, label: t(`backlog.buckets.${b.key}`), value: b.count, tone: b.key === "over20" ? "danger" : "brand" }))} />
        </ChartFigure>
      </div>

      <ChartFigure
        id="overdue"
        title={t("overdue.title", { date: today })}
        description={t("overdue.description")}
        table={
          <DataTable
            caption={t("overdue.title", { date: today })}
            columns={[t("overdue.column"), t("count")]}
            rows={data.overdue.map((o) => ({ key: o.departmentId ?? "none", label: o.name ?? t("overdue.noDepartment"), cells: [o.overdue] }))}
          />
        }
      >
        {data.overdue.length === 0 ? (
          <p className="rounded-md border-l-4 border-ok bg-ok-bg px-4 py-3 text-ok">{t("overdue.none")}</p>
        ) : (
          <BarList
            testId="overdue-bars"
            items={data.overdue.map((o) => ({
              key: o.departmentId ?? "none",
              label: o.name ?? t("overdue.noDepartment"),
              value: o.overdue,
              valueText: t("overdue.count", { count: o.overdue }),
              tone: "danger",
              href: o.departmentId ? queueHref({}, { overdue: true, department: o.departmentId }) : undefined,
            }))}
          />
        )}
      </ChartFigure>
    </div>
  );
}
