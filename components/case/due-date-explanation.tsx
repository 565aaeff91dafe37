import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { DueDateResult } from "@/lib/domain/calendar";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/labels";
import { explanationLines, type ExplanationLine } from "./explanation-lines";
import { formatDateRange, weekdayName } from "./format";

type Translate = Awaited<ReturnType<typeof getTranslations<"workflow">>>;

function festivalName(t: Translate, line: { name?: string; festival?: string }): string {
  if (line.festival && t.has(`festivals.${line.festival}` as never)) return t(`festivals.${line.festival}` as never);
  return line.name ?? t("festivals.unnamed");
}

function sentence(t: Translate, line: ExplanationLine, locale: Locale): string[] {
  const d = (date: string) => formatDate(date, locale);
  const e = (key: string, values: Record<string, string | number>) => t(`explanation.${key}` as never, values as never);
  switch (line.type) {
    case "received":
      return [e("received", { date: d(line.date) })];
    case "clarification_requested":
      return [e("clarification_requested", { date: d(line.date), deadline: d(line.deadline) })];
    case "waiting_for_applicant":
      return [e(line.overdue ? "waiting_for_applicant_overdue" : "waiting_for_applicant", { deadline: d(line.deadline) })];
    case "restarted":
      return [e(line.late ? "restarted_late" : "restarted", { date: d(line.date) })];
    case "holiday_skipped":
      return [e("holiday_skipped", { date: d(line.date), weekday: weekdayName(line.date, locale), name: festivalName(t, line) })];
    case "holiday_range": {
      const range = formatDateRange(line.from, line.to, locale);
      return [e("holiday_skipped_range", { ...range, count: line.count, name: festivalName(t, line) })];
    }
    case "makeup_workday":
      return [e("makeup_workday", { date: d(line.date), weekday: weekdayName(line.date, locale), name: festivalName(t, line) })];
    case "stopped": {
      const kind = t(`stopKinds.${line.kind}`);
      if (line.to === null) {
        return [line.workingDaysPaused === null ? e("stopped_open_plain", { from: d(line.from), kind }) : e("stopped_open", { from: d(line.from), kind, days: line.workingDaysPaused })];
      }
      const range = formatDateRange(line.from, line.to, locale);
      return [line.workingDaysPaused === 0 ? e("stopped_overlap", { ...range, kind }) : e("stopped", { ...range, kind, days: line.workingDaysPaused ?? 0 })];
    }
    case "extended": {
      const base = { approvedAt: d(line.approvedAt), days: line.workingDays, from: d(line.from) };
      const main = line.to ? e("extended", { ...base, to: d(line.to) }) : e("extended_pending", base);
      return line.approvedInTime ? [main] : [main, e("extended_late", base)];
    }
    case "provisional_year":
      return [e("provisional_year", { year: line.year })];
    case "due":
      return [e("due", { date: d(line.date), weekday: weekdayName(line.date, locale) })];
    case "clock_stopped":
      return [
        line.by === "clarification"
          ? e("clock_stopped_clarification", { days: line.remainingWorkingDays })
          : e("clock_stopped", { kind: t(`stopKinds.${line.by}`), days: line.remainingWorkingDays }),
      ];
  }
}

/** How the due date was computed, step by step, in words a citizen understands (domain.md §3). */
export async function DueDateExplanation({ clock, locale }: { clock: DueDateResult; locale: Locale }) {
  const [t, c] = await Promise.all([getTranslations("workflow"), getTranslations("case")]);
  const lines = explanationLines(clock.steps);
  return (
    <Card title={c("sections.explanation")}>
      <p className="mb-3 text-muted">{c("explanationLead")}</p>
      <ol className="space-y-2" data-testid="due-date-explanation">
        {lines.flatMap((line, i) =>
          sentence(t, line, locale).map((text, j) => (
            <li
              key={`${i}-${j}`}
              className={cn(
                "border-l-4 pl-3",
                line.type === "due" ? "border-brand-600 font-semibold text-brand-800" : "border-line",
                (line.type === "provisional_year" || j > 0) && "border-warn text-warn",
                line.type === "clock_stopped" && "border-warn font-semibold",
              )}
            >
              {text}
            </li>
          )),
        )}
      </ol>
    </Card>
  );
}
