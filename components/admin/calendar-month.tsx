import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { CalendarDay } from "@/lib/server/admin/get-calendar-year";
import { DAY_KIND_STYLES, mondayColumn } from "./calendar-labels";

/** One month as a Monday-first grid; each day shows its number, a word for its kind and (for holidays) its name. */
export async function CalendarMonth({ year, month, days }: { year: number; month: number; days: CalendarDay[] }) {
  const t = await getTranslations("admin.calendar");
  const dayName = (d: CalendarDay) => (d.festival ? t(`festivals.${d.festival}`) : d.name);
  const lead = mondayColumn(days[0]!.weekday);
  const cells: (CalendarDay | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const weekdays = [1, 2, 3, 4, 5, 6, 0];

  return (
    <table className="w-full table-fixed border-collapse text-center" data-testid={`month-${month}`}>
      <caption className="pb-1 text-left font-semibold text-brand-800">{t("monthCaption", { year, month })}</caption>
      <thead>
        <tr>
          {weekdays.map((w) => (
            <th key={w} scope="col" className="pb-1 text-xs font-medium text-muted">
              <abbr title={t(`weekdays.${w}`)} className="no-underline">
                {t(`weekdaysShort.${w}`)}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, wi) => (
          <tr key={wi}>
            {week.map((d, di) =>
              d ? (
                <td
                  key={d.date}
                  data-date={d.date}
                  data-kind={d.kind}
                  title={[d.date, t(`kinds.${d.kind}`), dayName(d), d.override ? t("overrideMark") : null].filter(Boolean).join(" · ")}
                  className={cn("h-14 border border-line/70 p-0.5 align-top leading-tight", DAY_KIND_STYLES[d.kind], d.override && "outline-2 -outline-offset-2 outline-brand-600 outline-dashed")}
                >
                  <span className="block text-sm font-semibold tabular-nums">
                    {Number(d.date.slice(8))}
                    {d.override ? (
                      <span aria-hidden="true" className="text-brand-700">
                        *
                      </span>
                    ) : null}
                  </span>
                  <span aria-hidden="true" className="block truncate text-[0.7rem]">
                    {d.kind === "holiday" && dayName(d) ? dayName(d) : t(`kindsShort.${d.kind}`)}
                  </span>
                  <span className="sr-only">
                    {dayName(d) ? t("daySrNamed", { date: d.date, kind: t(`kinds.${d.kind}`), name: dayName(d)! }) : t("daySr", { date: d.date, kind: t(`kinds.${d.kind}`) })}
                    {d.override ? ` ${t("overrideMark")}` : ""}
                  </span>
                </td>
              ) : (
                <td key={`empty-${wi}-${di}`} className="border border-transparent" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
