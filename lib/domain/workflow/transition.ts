import type { IsoDate, WorkCalendar } from "@/lib/domain/calendar";

import type { ActionInputs, ActionName, ActorRole } from "./actions";
import type { CaseFacts, CaseStatus } from "./case-facts";
import type { WorkflowEvent } from "./events";
import type { Check } from "./refusals";

/** What the rules may consult besides the case: who acts, the working-day calendar, and today. */
export type WorkflowContext = {
  /** The actor's roles; anything not in ACTOR_ROLES (citizen, admin) is ignored. */
  roles: readonly string[];
  cal: WorkCalendar;
  /** Today in Asia/Shanghai. */
  today: IsoDate;
  /** Recorded as `decidedBy` on extension decisions. */
  actorId?: string | null;
};

/**
 * How an action moves the clock (domain.md §3):
 * - `clarification_stop`: the 补正 notice holds the clock until the supplement;
 * - `restart`: the supplement restarts the 20 working days from its date;
 * - `stop` / `resume`: a consultation or fee notice holds the clock / releases it the day after;
 * - `extend`: an approved extension adds up to 20 working days to the due date;
 * - `finish`: the case is answered or ended; open consultations end with it;
 * - `none`.
 */
export type ClockEffect = "none" | "clarification_stop" | "restart" | "stop" | "resume" | "extend" | "finish";

export type TransitionResult = { facts: CaseFacts; events: WorkflowEvent[] };

/** One row of the transition table. */
export type Transition<A extends ActionName> = {
  from: readonly CaseStatus[];
  /** The next status; "unchanged" for actions that only add facts to an open case. */
  to: CaseStatus | "unchanged";
  roles: readonly ActorRole[];
  clockEffect: ClockEffect;
  /** Conditions on the case alone (and today, and who acts): whether the action is offered at all. */
  precondition: (facts: CaseFacts, ctx: WorkflowContext) => Check;
  /** Conditions on the submitted input. */
  guard: (facts: CaseFacts, input: ActionInputs[A], ctx: WorkflowContext) => Check;
  /** The changed facts (status and version are set by applyAction) and what to record. */
  apply: (facts: CaseFacts, input: ActionInputs[A], ctx: WorkflowContext) => TransitionResult;
};

export type TransitionTable = { [A in ActionName]: Transition<A> };

/** The behaviour of a row; its data (from, to, roles, clock effect) stays in the table. */
export type TransitionRules<A extends ActionName> = Pick<Transition<A>, "precondition" | "guard" | "apply">;
