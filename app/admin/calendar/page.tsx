import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DAY_KIND_STYLES, DAY_KINDS } from "@/components/admin/calendar-labels";
import { CalendarChangeButton, NoticeForm, OverrideForm } from "@/components/admin/calendar-forms";
import { CalendarMonth } from "@/components/admin/calendar-month";
import { DataTable, Td } from "@/components/admin/data-table";
import { formatDateTime } from "@/components/admin/format";
import { PageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { isChineseDaysYear } from "@/lib/domain/calendar";
import { todayInShanghai } from "@/lib/domain/identity";
import { getCalendarYear, type CalendarDay } from "@/lib/server/admin/get-calendar-year";
import { requirePageCapability } from "@/lib/server/auth/session";
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from "@/lib/validation/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.calendar"))("title") };
}

function yearFrom(raw: string | string[] | undefined, fallback: number): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n >= CALENDAR_FIRST_YEAR && n <= CALENDAR_LAST_YEAR ? n : fallback;
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageCapability("calendar.manage", "/admin/calendar");
  const params = await searchParams;
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const year = yearFrom(params.year, thisYear);
  const saved = typeof params.saved === "string" && /^\d+$/.test(params.saved) ? Number(params.saved) : null;
  const [t, view] = await Promise.all([getTranslations("admin.calendar"), getCalendarYear(year)]);
  const dayName = (d: CalendarDay) => (d.festival ? t(`festivals.${d.festival}`) : d.name);
  const special = view.months.flatMap((m) => m.days).filter((d) => d.kind === "holiday" || d.kind === "makeup_workday" || d.override);
  const sourceOf = (d: CalendarDay) => (d.override ? "override" : d.source === "override" ? "notice" : d.source);
  const yearOptions = Array.from({ length: thisYear + 3 - CALENDAR_FIRST_YEAR }, (_, i) => CALENDAR_FIRST_YEAR + i).filter((y) => y <= CALENDAR_LAST_YEAR);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {saved !== null ? (
        <Alert tone="success">
          <span data-testid="calendar-saved">{t("preview.saved", { count: saved })}</span>
        </Alert>
      ) : null}

      <div className="flex flex-wrap items-end gap-3">
        {year > CALENDAR_FIRST_YEAR ? (
          <Link href={`/admin/calendar?year=${year - 1}`} className={buttonClass("secondary")} aria-label={t("yearLink", { year: year - 1 })}>
            ← {year - 1}
          </Link>
        ) : null}
        <form method="get" className="flex items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="calendar-year" className="block font-medium">
              {t("year")}
            </label>
            <select id="calendar-year" name="year" defaultValue={year} className="block min-h-11 rounded-md border border-line bg-white px-3 py-2">
              {yearOptions.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {t("show")}
          </button>
        </form>
        {year < CALENDAR_LAST_YEAR ? (
          <Link href={`/admin/calendar?year=${year + 1}`} className={buttonClass("secondary")} aria-label={t("yearLink", { year: year + 1 })}>
            {year + 1} →
          </Link>
        ) : null}
      </div>

      <Card title={t("yearTitle", { year })}>
        <div className="flex flex-wrap items-center gap-3" data-testid="year-status">
          {view.provisional ? <StatusBadge tone="warn">{t("provisional")}</StatusBadge> : <StatusBadge tone="ok">{t("final")}</StatusBadge>}
          <span>{t(`basis.${view.basis}`)}</span>
        </div>
        <p className="mt-2 text-muted">{t(`basisExplained.${view.basis}`, { year })}</p>
        {view.notice ? (
          <div className="mt-3 space-y-2">
            <p>{t("noticeEnteredBy", { name: view.notice.enteredBy ?? "—", at: formatDateTime(view.notice.enteredAt) })}</p>
            <CalendarChangeButton year={year} change={{ op: "withdraw_notice", year }} label={t("withdrawNotice")} summary={t("withdrawSummary", { year })} testId="withdraw-notice" />
          </div>
        ) : null}
      </Card>

      <section aria-labelledby="legend-title" className="space-y-2">
        <h2 id="legend-title" className="text-lg font-semibold text-brand-800">
          {t("legend")}
        </h2>
        <ul className="flex flex-wrap gap-3">
          {DAY_KINDS.map((k) => (
            <li key={k} className="flex items-center gap-2">
              <span aria-hidden="true" className={cn("inline-flex h-7 min-w-10 items-center justify-center rounded border border-line px-1 text-xs", DAY_KIND_STYLES[k])}>
                {t(`kindsShort.${k}`)}
              </span>
              {t(`kinds.${k}`)}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-flex h-7 min-w-10 items-center justify-center rounded bg-white px-1 text-xs outline-2 -outline-offset-2 outline-brand-600 outline-dashed">
              *
            </span>
            {t("overrideMark")}
          </li>
        </ul>
      </section>

      <section aria-label={t("gridLabel", { year })} className="grid gap-6 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 xl:grid-cols-3">
        {view.months.map((m) => (
          <CalendarMonth key={m.month} year={year} month={m.month} days={m.days} />
        ))}
      </section>


      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("overridesTitle", { year })}>
          {view.overrides.length === 0 ? (
            <p className="text-muted">{t("noOverrides")}</p>
          ) : (
            <ul className="divide-y divide-line" data-testid="overrides">
              {view.overrides.map((o) => (
                <li key={o.date} className="space-y-2 py-3" data-testid="override-row">
                  <p>
                    <span className="font-semibold tabular-nums">{o.date}</span>{" "}
                    <StatusBadge tone={o.kind === "holiday" ? "danger" : "warn"}>{t(`overrideKinds.${o.kind === "workday" ? "workday" : "holiday"}`)}</StatusBadge> {o.note ?? ""}
                  </p>
                  <p className="text-sm text-muted">{t("overrideBy", { name: o.createdBy ?? "—", at: formatDateTime(o.createdAt) })}</p>
                  <CalendarChangeButton year={year} change={{ op: "remove", date: o.date }} label={t("removeOverride")} summary={t("removeSummary", { date: o.date })} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("addTitle")}>
          <OverrideForm year={year} />
        </Card>
      </div>

      <Card title={t("notice.title", { year })}>
        <p className="mb-4 text-muted">{t("notice.lead")}</p>
        <NoticeForm year={year} publishedYear={isChineseDaysYear(year)} statutory={view.statutory.map((h) => ({ date: h.date, name: h.name }))} />
      </Card>

      <DataTable caption={t("specialCaption", { year })} testId="special-days" head={[t("date"), t("weekday"), t("kind"), t("name"), t("source")]}>
        {special.length === 0 ? (
          <tr>
            <Td className="text-muted">{t("noSpecial")}</Td>
          </tr>
        ) : (
          special.map((d) => (
            <tr key={d.date}>
              <Td className="tabular-nums whitespace-nowrap">{d.date}</Td>
              <Td>{t(`weekdays.${d.weekday}`)}</Td>
              <Td>
                <span className={cn("rounded px-2 py-0.5 text-sm", DAY_KIND_STYLES[d.kind])}>{t(`kinds.${d.kind}`)}</span>
              </Td>
              <Td>{dayName(d) ?? ""}</Td>
              <Td>{t(`sources.${sourceOf(d)}`)}</Td>
            </tr>
          ))
        )}
      </DataTable>
    </div>
  );
}
