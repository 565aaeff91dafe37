import type { WorkCalendar } from "./calendar";
import { assertIsoDate, compareDates, type IsoDate, nextDay, previousDay, yearOf } from "./dates";
import { MAX_EXTENSION_WORKING_DAYS, REPLY_WORKING_DAYS } from "./deadlines";
import type { ExplanationStep, StopKind } from "./explanation";
import { countWorkingDaysBetween, isNotableDay } from "./working-days";

/** The facts of a case that move its clock (domain.md §3). */
export type ClockFacts = {
  /** Day 0. */
  receivedAt: IsoDate;
  clarification?: { requestedAt: IsoDate; deadline: IsoDate; supplementReceivedAt?: IsoDate | null } | null;
  stops: readonly { kind: StopKind; startedAt: IsoDate; endedAt?: IsoDate | null }[];
  extension?: { approvedAt: IsoDate; workingDays?: number } | null;
};

export type DueDateResult = {
  /** Null while the clock is stopped (open stop, or 补正 outstanding). */
  dueDate: IsoDate | null;
  /** The 20th counted working day, before any extension (null if not reached yet). */
  baseDueDate: IsoDate | null;
  /** A day counted so far lies in a year without a published notice. */
  provisional: boolean;
  stopped: boolean;
  stoppedBy?: StopKind | "clarification";
  remainingWorkingDaysWhenStopped?: number;
  /** While waiting for the applicant's 补正 supplement. */
  clarificationDeadline?: IsoDate;
  steps: ExplanationStep[];
};

type Stop = { kind: StopKind; from: IsoDate; to: IsoDate | null };
type StoppedStep = Extract<ExplanationStep, { type: "stopped" }>;
type ExtendedStep = Extract<ExplanationStep, { type: "extended" }>;

/**
 * Counts the reply period: the due date is the day the 20th (plus any extension) working day is counted,
 * counting from day 0 (receipt, or the 补正 supplement) and skipping every working day on which a stop
 * (consultation or fee, merged as a union) holds the clock.
 */
export function computeDueDate(cal: WorkCalendar, facts: ClockFacts, today?: IsoDate): DueDateResult {
  if (today !== undefined) assertIsoDate(today);
  const extensionDays = extensionLength(facts.extension);
  const target = REPLY_WORKING_DAYS + extensionDays;
  const steps: ExplanationStep[] = [{ type: "received", date: facts.receivedAt }];
  assertIsoDate(facts.receivedAt);

  let start = facts.receivedAt;
  const clarification = facts.clarification;
  if (clarification) {
    const { requestedAt, deadline, supplementReceivedAt } = clarification;
    steps.push({ type: "clarification_requested", date: requestedAt, deadline });
    if (!supplementReceivedAt) {
      const overdue = today === undefined ? {} : { overdue: compareDates(today, deadline) > 0 };
      steps.push({ type: "waiting_for_applicant", deadline, ...overdue });
      steps.push({ type: "clock_stopped", by: "clarification", remainingWorkingDays: target });
      return {
        dueDate: null,
        baseDueDate: null,
        provisional: false,
        stopped: true,
        stoppedBy: "clarification",
        remainingWorkingDaysWhenStopped: target,
        clarificationDeadline: deadline,
        steps,
      };
    }
    const late = compareDates(supplementReceivedAt, deadline) > 0;
    steps.push({ type: "restarted", date: supplementReceivedAt, late });
    start = supplementReceivedAt;
  }

  const stops = normalizeStops(facts.stops, start);
  const stopSteps = new Map<Stop, StoppedStep>();
  const provisionalYears = new Set<number>();
  let counted = 0;
  let baseDueDate: IsoDate | null = null;
  let extendedStep: ExtendedStep | undefined;

  for (let date = nextDay(start); ; date = nextDay(date)) {
    for (const stop of stops) {
      if (!stopSteps.has(stop) && compareDates(stop.from, date) <= 0) {
        const step: StoppedStep = { type: "stopped", kind: stop.kind, from: stop.from, to: stop.to, workingDaysPaused: 0 };
        stopSteps.set(stop, step);
        steps.push(step);
      }
    }
    const year = yearOf(date);
    if (cal.isProvisionalYear(year)) provisionalYears.add(year);
    const info = cal.dayInfo(date);
    if (isNotableDay(info)) {
      const { name, festival } = info;
      steps.push({
        type: info.kind === "makeup_workday" ? "makeup_workday" : "holiday_skipped",
        date,
        ...(name !== undefined ? { name } : {}),
        ...(festival !== undefined ? { festival } : {}),
      });
    }
    if (!info.working) continue;

    const holding = stops.filter((stop) => covers(stop, date));
    const openStop = holding.find((stop) => stop.to === null);
    if (openStop) {
      const step = stopSteps.get(openStop);
      if (step) step.workingDaysPaused = today === undefined ? null : pausedSoFar(cal, date, today);
      const remaining = target - counted;
      steps.push(...provisionalSteps(provisionalYears));
      steps.push({ type: "clock_stopped", by: openStop.kind, remainingWorkingDays: remaining });
      return {
        dueDate: null,
        baseDueDate,
        provisional: provisionalYears.size > 0,
        stopped: true,
        stoppedBy: openStop.kind,
        remainingWorkingDaysWhenStopped: remaining,
        steps,
      };
    }
    const holder = holding[0];
    if (holder) {
      const step = stopSteps.get(holder);
      if (step && step.workingDaysPaused !== null) step.workingDaysPaused += 1;
      continue;
    }

    counted += 1;
    if (counted === REPLY_WORKING_DAYS) {
      baseDueDate = date;
      if (facts.extension && extensionDays > 0) {
        const { approvedAt } = facts.extension;
        extendedStep = {
          type: "extended",
          from: date,
          to: null,
          workingDays: extensionDays,
          approvedAt,
          approvedInTime: compareDates(approvedAt, date) <= 0,
        };
        steps.push(extendedStep);
      }
    }
    if (counted === target) {
      if (extendedStep) extendedStep.to = date;
      steps.push(...provisionalSteps(provisionalYears));
      steps.push({ type: "due", date });
      return { dueDate: date, baseDueDate, provisional: provisionalYears.size > 0, stopped: false, steps };
    }
  }
}

function extensionLength(extension: ClockFacts["extension"]): number {
  if (!extension) return 0;
  assertIsoDate(extension.approvedAt);
  const days = extension.workingDays ?? MAX_EXTENSION_WORKING_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_WORKING_DAYS) {
    throw new RangeError(`An extension is 1–${MAX_EXTENSION_WORKING_DAYS} working days, got ${days}`);
  }
  return days;
}

/** Stops still relevant after day 0, earliest first (a closed stop before an open one on the same day). */
function normalizeStops(stops: ClockFacts["stops"], start: IsoDate): Stop[] {
  return stops
    .map(({ kind, startedAt, endedAt }): Stop => {
      assertIsoDate(startedAt);
      if (endedAt) {
        assertIsoDate(endedAt);
        if (compareDates(endedAt, startedAt) < 0) {
          throw new RangeError(`A clock stop cannot end (${endedAt}) before it starts (${startedAt})`);
        }
      }
      return { kind, from: startedAt, to: endedAt ?? null };
    })
    .filter((stop) => stop.to === null || compareDates(stop.to, start) > 0)
    .sort((a, b) => compareDates(a.from, b.from) || endOrder(a) - endOrder(b));
}

function endOrder(stop: Stop): number {
  return stop.to === null ? Number.POSITIVE_INFINITY : Number(stop.to.replaceAll("-", ""));
}

function covers(stop: Stop, date: IsoDate): boolean {
  return compareDates(stop.from, date) <= 0 && (stop.to === null || compareDates(date, stop.to) <= 0);
}

/** Working days held so far by an open stop: from the first held working day through today. */
function pausedSoFar(cal: WorkCalendar, firstHeld: IsoDate, today: IsoDate): number {
  return Math.max(0, countWorkingDaysBetween(cal, previousDay(firstHeld), today));
}

function provisionalSteps(years: ReadonlySet<number>): ExplanationStep[] {
  return [...years].sort((a, b) => a - b).map((year) => ({ type: "provisional_year", year }));
}
