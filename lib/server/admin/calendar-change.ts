import "server-only";
import type { CalendarOverride } from "@/lib/domain/calendar";
import { isChineseDaysYear } from "@/lib/domain/calendar";
import { AppError } from "@/lib/errors";
import { parseNoticeLines, type CalendarChangeParsed, type NoticeEntry } from "@/lib/validation/admin";

/** What the calendar is made of in the database (besides chinese-days and the statutory rule). */
export type CalendarData = { overrides: CalendarOverride[]; noticeYears: number[] };

/** A change, checked against the current data and spelled out date by date. */
export type ResolvedCalendarChange =
  | { op: "set"; entries: NoticeEntry[] }
  | { op: "remove"; date: string }
  | { op: "notice"; year: number; entries: NoticeEntry[]; complete: boolean }
  | { op: "withdraw_notice"; year: number };

/**
 * Checks a change the same way for the preview and for saving: notice lines parse and lie in their year, a
 * removed override exists, only a year chinese-days does not cover can be marked complete (for the others the
 * published notice already is), and only a marked year can be unmarked.
 */
export function resolveCalendarChange(change: CalendarChangeParsed, current: CalendarData): ResolvedCalendarChange {
  switch (change.op) {
    case "set":
      return { op: "set", entries: [{ date: change.date, kind: change.kind, note: change.note ?? null }] };
    case "remove":
      if (!current.overrides.some((o) => o.date === change.date)) throw new AppError("not_found", { date: "admin.validation.noOverride" });
      return { op: "remove", date: change.date };
    case "notice": {
      const { entries, problems } = parseNoticeLines(change.lines, change.year);
      if (problems.length) throw new AppError("validation", { lines: "admin.validation.noticeLines" });
      if (change.complete && isChineseDaysYear(change.year)) throw new AppError("not_allowed", { complete: "admin.validation.noticePublishedYear" });
      if (!entries.length && !change.complete) throw new AppError("validation", { lines: "admin.validation.noticeEmpty" });
      return { op: "notice", year: change.year, entries, complete: change.complete };
    }
    case "withdraw_notice":
      if (!current.noticeYears.includes(change.year)) throw new AppError("not_allowed", { year: "admin.validation.noticeNotEntered" });
      return { op: "withdraw_notice", year: change.year };
  }
}

/** The calendar data after the change (for the preview; saving writes the rows and reads them back). */
export function proposeCalendarData(current: CalendarData, change: ResolvedCalendarChange): CalendarData {
  const overrides = new Map(current.overrides.map((o) => [o.date, o]));
  const years = new Set(current.noticeYears);
  switch (change.op) {
    case "set":
    case "notice":
      for (const e of change.entries) overrides.set(e.date, { date: e.date, kind: e.kind, note: e.note });
      if (change.op === "notice" && change.complete) years.add(change.year);
      break;
    case "remove":
      overrides.delete(change.date);
      break;
    case "withdraw_notice":
      years.delete(change.year);
      break;
  }
  return { overrides: [...overrides.values()], noticeYears: [...years] };
}
