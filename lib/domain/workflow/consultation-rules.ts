import { CONSULTATION_KINDS, clockStartDate, type ConsultationKind, openConsultations } from "./case-facts";
import { checkEventDate, firstFailure, isBlank } from "./checks";
import type { Check } from "./refusals";
import type { TransitionRules } from "./transition";

/** 征求第三方意见 / 征求其他机关意见: the clock stops from the start day; overlapping ones stop it once. */
export const startConsultation: TransitionRules<"start_consultation"> = {
  precondition: () => null,
  guard: (facts, { party, kind, startedAt }, ctx) =>
    firstFailure(
      () => (isBlank(party) ? "consultation.partyRequired" : null),
      () =>
        kind === undefined || (CONSULTATION_KINDS as readonly string[]).includes(kind)
          ? null
          : "consultation.kindInvalid",
      // A back-dated start cannot precede day 0 of the running count (receipt, or the 补正 supplement).
      () =>
        checkEventDate(startedAt ?? ctx.today, ctx, {
          date: clockStartDate(facts),
          reason: "consultation.beforeClockStart",
        }),
    ),
  apply: (facts, { party, kind, startedAt }, { today }) => {
    const id = String(facts.consultations.length + 1);
    const consultation = {
      id,
      party: party.trim(),
      kind: kind ?? ("third_party" satisfies ConsultationKind),
      startedAt: startedAt ?? today,
      endedAt: null,
    };
    return {
      facts: { ...facts, consultations: [...facts.consultations, consultation] },
      events: [
        {
          type: "case.consultation_started",
          action: "start_consultation",
          date: consultation.startedAt,
          data: { consultationId: id, party: consultation.party, kind: consultation.kind },
        },
      ],
    };
  },
};

/** The opinion arrived (or the window lapsed): the clock resumes the day after `endedAt`. */
export const endConsultation: TransitionRules<"end_consultation"> = {
  precondition: (facts) => (openConsultations(facts).length > 0 ? null : "consultation.noneOpen"),
  guard: (facts, input, ctx) => {
    const target = findTarget(facts, input.consultationId);
    if (typeof target === "string") return target;
    return checkEventDate(input.endedAt, ctx, { date: target.startedAt, reason: "consultation.endBeforeStart" });
  },
  apply: (facts, input) => {
    const target = findTarget(facts, input.consultationId);
    if (typeof target === "string") throw new Error(`end_consultation applied with ${target}`);
    return {
      facts: {
        ...facts,
        consultations: facts.consultations.map((c) => (c.id === target.id ? { ...c, endedAt: input.endedAt } : c)),
      },
      events: [
        {
          type: "case.consultation_ended",
          action: "end_consultation",
          date: input.endedAt,
          data: { consultationId: target.id, endedWithCase: false },
        },
      ],
    };
  },
};

function findTarget(facts: Parameters<typeof openConsultations>[0], id: string | undefined) {
  if (id === undefined) {
    const open = openConsultations(facts);
    const only = open[0];
    if (!only) return "consultation.noneOpen" satisfies Check;
    return open.length === 1 ? only : ("consultation.idRequired" satisfies Check);
  }
  const found = facts.consultations.find((c) => c.id === id);
  if (!found) return "consultation.notFound" satisfies Check;
  return found.endedAt === null ? found : ("consultation.alreadyEnded" satisfies Check);
}
