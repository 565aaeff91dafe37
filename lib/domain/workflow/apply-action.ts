import { ACTION_NAMES, type ActionInputs, type ActionName } from "./actions";
import type { CaseFacts } from "./case-facts";
import { actingRoles } from "./checks";
import type { WorkflowEvent } from "./events";
import type { Check, RefusalReason } from "./refusals";
import type { Transition, WorkflowContext } from "./transition";
import { TRANSITIONS } from "./transitions";

export type ApplyActionResult =
  | { ok: true; next: CaseFacts; events: WorkflowEvent[] }
  /** forbidden → HTTP 403 (the role lacks the right); not_allowed → HTTP 422 (not now, or not with this input). */
  | { ok: false; code: "forbidden" | "not_allowed"; reason: RefusalReason };

type Refusal = Extract<ApplyActionResult, { ok: false }>;

/** Role, then state, then the case's precondition: the same test for offering and for accepting. */
function checkAvailable(
  transition: Pick<Transition<ActionName>, "from" | "roles" | "precondition">,
  facts: CaseFacts,
  ctx: WorkflowContext,
): Refusal | null {
  const roles = actingRoles(ctx);
  if (!transition.roles.some((role) => roles.includes(role))) {
    return { ok: false, code: "forbidden", reason: "role.forbidden" };
  }
  if (!transition.from.includes(facts.status)) return { ok: false, code: "not_allowed", reason: "state.notAllowed" };
  const failure: Check = transition.precondition(facts, ctx);
  return failure ? { ok: false, code: "not_allowed", reason: failure } : null;
}

/** The actions to offer on this case to this actor today: exactly those `applyAction` can accept. */
export function allowedActions(
  facts: CaseFacts,
  roles: readonly string[],
  cal: WorkflowContext["cal"],
  today: WorkflowContext["today"],
): ActionName[] {
  const ctx: WorkflowContext = { roles, cal, today };
  return ACTION_NAMES.filter((action) => checkAvailable(TRANSITIONS[action], facts, ctx) === null);
}

/**
 * Decides one action, purely: the server loads the facts, calls this, and persists `next` with the events
 * in one transaction (after checking `expectedVersion` against `facts.version`).
 */
export function applyAction<A extends ActionName>(
  facts: CaseFacts,
  action: A,
  input: ActionInputs[A],
  ctx: WorkflowContext,
): ApplyActionResult {
  const transition: Transition<A> = TRANSITIONS[action];
  const unavailable = checkAvailable(transition, facts, ctx);
  if (unavailable) return unavailable;
  const failure = transition.guard(facts, input, ctx);
  if (failure) return { ok: false, code: "not_allowed", reason: failure };
  const { facts: changed, events } = transition.apply(facts, input, ctx);
  const status = transition.to === "unchanged" ? facts.status : transition.to;
  return { ok: true, next: { ...changed, status, version: facts.version + 1 }, events };
}
