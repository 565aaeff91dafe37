export {
  type CalendarOverride,
  createWorkCalendar,
  type DayInfo,
  type DayKind,
  type DaySource,
  type WorkCalendar,
  type WorkCalendarOptions,
} from "./calendar";
export {
  addCalendarDays,
  assertIsoDate,
  compareDates,
  type IsoDate,
  isIsoDate,
  isWeekend,
  nextDay,
  previousDay,
  weekdayOf,
  yearOf,
} from "./dates";
export {
  abandonmentDate,
  CLARIFICATION_NOTICE_WORKING_DAYS,
  clarificationDeadlineLimit,
  CONSULTATION_REPLY_WORKING_DAYS,
  consultationLapseDate,
  FEE_PAYMENT_WORKING_DAYS,
  feePaymentDeadline,
  MAX_EXTENSION_WORKING_DAYS,
  REPLY_WORKING_DAYS,
} from "./deadlines";
export { type ClockFacts, computeDueDate, type DueDateResult } from "./due-date";
export type { ExplanationStep, StopKind } from "./explanation";
export { FESTIVAL_KEYS, FESTIVAL_NAMES, type FestivalKey } from "./festivals";
export { CHINESE_DAYS_YEARS, isChineseDaysYear } from "./published-data";
export { type StatutoryHoliday, statutoryHolidays } from "./statutory-holidays";
export { addWorkingDays, countWorkingDaysBetween, type WorkingDaysResult } from "./working-days";
