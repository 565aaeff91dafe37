/** Shared builders for the workflow unit tests (not exported from the module). */
import { createWorkCalendar, type IsoDate } from "@/lib/domain/calendar";

import type { ActionInputs, ActionName } from "./actions";
import { applyAction, type ApplyActionResult } from "./apply-action";
import { type CaseFacts, newCaseFacts } from "./case-facts";
import type { WorkflowContext } from "./transition";

/** chinese-days data: 2026 中秋 Fri 9-25, 国庆 10-1…10-7 off, Sun 9-20 and Sat 10-10 make-up working days. */
export const cal = createWorkCalendar();

export const STAFF = ["staff"] as const;
export const SUPERVISOR = ["supervisor"] as const;
export const APPLICANT = ["applicant"] as const;

/** Received Fri 2026-09-18 → due 2026-10-22; the 补正 notice may go out until Tue 2026-09-29. */
export const RECEIVED = "2026-09-18";

export function ctx(today: IsoDate, roles: readonly string[] = STAFF): WorkflowContext {
  return { roles, cal, today, actorId: roles.includes("supervisor") ? "u-supervisor" : "u-staff" };
}

export function fresh(receivedAt: IsoDate = RECEIVED): CaseFacts {
  return newCaseFacts({ receivedAt });
}

export function attempt<A extends ActionName>(
  facts: CaseFacts,
  action: A,
  input: ActionInputs[A],
  today: IsoDate,
  roles: readonly string[] = STAFF,
): ApplyActionResult {
  return applyAction(facts, action, input, ctx(today, roles));
}

/** Applies an action that must succeed, and returns the next facts. */
export function act<A extends ActionName>(
  facts: CaseFacts,
  action: A,
  input: ActionInputs[A],
  today: IsoDate,
  roles: readonly string[] = STAFF,
): CaseFacts {
  const result = attempt(facts, action, input, today, roles);
  if (!result.ok) throw new Error(`${action} on ${today} refused: ${result.code} ${result.reason}`);
  return result.next;
}

/** 补正 sent Tue 9-22 with deadline Wed 9-30. */
export function awaitingClarification(): CaseFacts {
  return act(fresh(), "request_clarification", { message: "请写明文件名称", deadline: "2026-09-30" }, "2026-09-22");
}

/** Fee notice served Mon 9-21: pay by Mon 10-26 (20 working days across 国庆). */
export function awaitingFee(): CaseFacts {
  return act(fresh(), "issue_fee_notice", { amountYuan: 120 }, "2026-09-21");
}
