import type { WorkCalendar } from "./calendar";
import { type IsoDate, nextDay } from "./dates";
import { addWorkingDays, type WorkingDaysResult } from "./working-days";

/** Art. 33: reply within 20 working days of receipt. */
export const REPLY_WORKING_DAYS = 20;
/** Art. 33: one extension of at most 20 working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** Art. 30: the single 补正 notice goes out within 7 working days of receipt. */
export const CLARIFICATION_NOTICE_WORKING_DAYS = 7;
/** Art. 32: a consulted third party has 15 working days to answer. */
export const CONSULTATION_REPLY_WORKING_DAYS = 15;
/** 国办函〔2020〕109号: a fee notice gives 20 working days to pay. */
export const FEE_PAYMENT_WORKING_DAYS = 20;

/** The last day on which the 补正 notice may be sent (7th working day after receipt). */
export function clarificationDeadlineLimit(cal: WorkCalendar, receivedAt: IsoDate): WorkingDaysResult {
  return addWorkingDays(cal, receivedAt, CLARIFICATION_NOTICE_WORKING_DAYS);
}

/** The day a consultation's reply window lapses (15th working day after it started). */
export function consultationLapseDate(cal: WorkCalendar, startedAt: IsoDate): WorkingDaysResult {
  return addWorkingDays(cal, startedAt, CONSULTATION_REPLY_WORKING_DAYS);
}

/** The last day to pay a fee (20th working day after the fee notice was served). */
export function feePaymentDeadline(cal: WorkCalendar, servedAt: IsoDate): WorkingDaysResult {
  return addWorkingDays(cal, servedAt, FEE_PAYMENT_WORKING_DAYS);
}

/** A request is abandoned on the day after the missed deadline (补正 or fee), whenever staff record it. */
export function abandonmentDate(deadline: IsoDate): IsoDate {
  return nextDay(deadline);
}
