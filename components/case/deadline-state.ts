import { countWorkingDaysBetween, type WorkCalendar } from "@/lib/domain/calendar";
import { isOpenStatus, type CaseStatus } from "@/lib/domain/workflow";

/** Open cases due within this many working days count as "due soon" (the queue's default filter too). */
export const DUE_SOON_WORKING_DAYS = 5;

export type DeadlineState =
  | { kind: "overdue"; workingDays: number }
  | { kind: "due_today" }
  | { kind: "due_soon"; workingDays: number }
  | { kind: "on_track"; workingDays: number }
  /** No due date while the clock stands still (补正, consultation, fee). */
  | { kind: "stopped"; byClarification: boolean }
  /** Answered or ended: the deadline no longer matters. */
  | { kind: "none" };

/** Where an open case stands against its reply due date today, counted in working days. */
export function deadlineState(cal: WorkCalendar, status: string, dueDate: string | null, today: string): DeadlineState {
  if (!isOpenStatus(status as CaseStatus)) return { kind: "none" };
  if (!dueDate) return { kind: "stopped", byClarification: status === "awaiting_clarification" };
  if (dueDate < today) return { kind: "overdue", workingDays: countWorkingDaysBetween(cal, dueDate, today) };
  if (dueDate === today) return { kind: "due_today" };
  const left = countWorkingDaysBetween(cal, today, dueDate);
  return left <= DUE_SOON_WORKING_DAYS ? { kind: "due_soon", workingDays: left } : { kind: "on_track", workingDays: left };
}
