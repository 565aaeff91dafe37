import type { TransitionRules } from "./transition";

/** Assignment is optional: a case can be answered without it. undefined keeps a field, null clears it. */
export const assign: TransitionRules<"assign"> = {
  precondition: () => null,
  guard: (_facts, { assigneeId, departmentId }) => {
    if (assigneeId === undefined && departmentId === undefined) return "assign.nothingToChange";
    if (assigneeId === "" || departmentId === "") return "assign.invalid";
    return null;
  },
  apply: (facts, { assigneeId, departmentId }, { today }) => {
    const next = {
      ...facts,
      assigneeId: assigneeId === undefined ? facts.assigneeId : assigneeId,
      departmentId: departmentId === undefined ? facts.departmentId : departmentId,
    };
    return {
      facts: next,
      events: [
        {
          type: "case.assigned",
          action: "assign",
          date: today,
          data: { assigneeId: next.assigneeId, departmentId: next.departmentId },
        },
      ],
    };
  },
};
