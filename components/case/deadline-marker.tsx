import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { DeadlineState } from "./deadline-state";

const tone = {
  overdue: "border-danger bg-danger text-white",
  due_today: "border-warn bg-warn-bg text-warn",
  due_soon: "border-warn bg-warn-bg text-warn",
  on_track: "border-transparent text-muted",
  stopped: "border-line bg-white text-muted",
} as const;

function Icon({ kind }: { kind: keyof typeof tone }) {
  if (kind === "on_track") return null;
  const common = { "aria-hidden": true, viewBox: "0 0 16 16", className: "size-4 shrink-0", fill: "currentColor" } as const;
  if (kind === "overdue") {
    return (
      <svg {...common}>
        <path d="M8 1 15 14H1L8 1Zm-.8 5v4h1.6V6H7.2Zm0 5v1.6h1.6V11H7.2Z" />
      </svg>
    );
  }
  if (kind === "stopped") {
    return (
      <svg {...common}>
        <path d="M4 3h3v10H4V3Zm5 0h3v10H9V3Z" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm.8 3v3.7l2.6 1.5-.8 1.4-3.4-2V4h1.6Z" />
    </svg>
  );
}

/** The reply deadline in colour and words ("已逾期 3 个工作日", "剩 2 个工作日"), never colour alone. */
export async function DeadlineMarker({ state }: { state: DeadlineState }) {
  if (state.kind === "none") return null;
  const t = await getTranslations("case.deadline");
  let text: string;
  switch (state.kind) {
    case "overdue":
      text = state.workingDays > 0 ? t("overdue", { days: state.workingDays }) : t("overdueSameDay");
      break;
    case "due_today":
      text = t("dueToday");
      break;
    case "due_soon":
      text = t("dueSoon", { days: state.workingDays });
      break;
    case "on_track":
      text = t("onTrack", { days: state.workingDays });
      break;
    case "stopped":
      text = state.byClarification ? t("stoppedClarification") : t("stopped");
      break;
  }
  return (
    <span
      data-testid="deadline-marker"
      data-deadline={state.kind}
      className={cn(
        "inline-flex items-center gap-1 rounded border py-0.5 text-sm",
        tone[state.kind],
        state.kind === "on_track" ? "px-0" : "px-2 font-semibold",
        state.kind !== "stopped" && "whitespace-nowrap",
      )}
    >
      <Icon kind={state.kind} />
      {text}
    </span>
  );
}
