import { compareDates, type IsoDate, isIsoDate } from "@/lib/domain/calendar";

import type { ActorRole } from "./actions";
import { type CaseFacts, type Consultation, latestEventDate, openConsultations } from "./case-facts";
import type { WorkflowEvent } from "./events";
import type { Check } from "./refusals";
import type { WorkflowContext } from "./transition";

export const pass: Check = null;

/** The first failing check, or null. */
export function firstFailure(...checks: (() => Check)[]): Check {
  for (const check of checks) {
    const failure = check();
    if (failure) return failure;
  }
  return null;
}

export function actingRoles(ctx: WorkflowContext): ActorRole[] {
  const roles: ActorRole[] = [];
  for (const role of ctx.roles) {
    if ((role === "staff" || role === "supervisor" || role === "applicant") && !roles.includes(role)) roles.push(role);
  }
  return roles;
}

/** Acting only as the applicant: no back-dating, no 正当理由 of one's own. */
export function actsOnlyAsApplicant(ctx: WorkflowContext): boolean {
  const roles = actingRoles(ctx);
  return roles.includes("applicant") && !roles.includes("staff") && !roles.includes("supervisor");
}

export function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === "";
}

export function trimmedOrNull(value: string | null | undefined): string | null {
  return isBlank(value) ? null : (value as string).trim();
}

/** A recorded date: real, not in the future, today for an applicant, and not before `notBefore`. */
export function checkEventDate(
  date: IsoDate,
  ctx: WorkflowContext,
  notBefore?: { date: IsoDate; reason: NonNullable<Check> },
): Check {
  if (!isIsoDate(date)) return "date.invalid";
  if (compareDates(date, ctx.today) > 0) return "date.inFuture";
  if (actsOnlyAsApplicant(ctx) && date !== ctx.today) return "date.mustBeToday";
  if (notBefore && compareDates(date, notBefore.date) < 0) return notBefore.reason;
  return null;
}

/** A closing date (reply, withdrawal): after receipt and after everything already recorded. */
export function checkClosingDate(facts: CaseFacts, date: IsoDate, ctx: WorkflowContext): Check {
  return firstFailure(
    () => checkEventDate(date, ctx, { date: facts.receivedAt, reason: "date.beforeReceived" }),
    () => (compareDates(date, latestEventDate(facts)) < 0 ? "date.beforeLastEvent" : null),
  );
}

/** Open consultations end with the case (a reply, withdrawal or abandonment on `date`). */
export function endOpenConsultations(
  facts: CaseFacts,
  date: IsoDate,
  action: WorkflowEvent["action"],
): { consultations: Consultation[]; events: WorkflowEvent[] } {
  const open = new Set(openConsultations(facts).map((c) => c.id));
  const consultations = facts.consultations.map((c) => (open.has(c.id) ? { ...c, endedAt: date } : c));
  const events: WorkflowEvent[] = [...open].map((id) => ({
    type: "case.consultation_ended",
    action,
    date,
    data: { consultationId: id, endedWithCase: true },
  }));
  return { consultations, events };
}
