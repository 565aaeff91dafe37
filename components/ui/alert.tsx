import type { ReactNode } from "react";
import { cn } from "./cn";

const tones = {
  error: "border-danger bg-danger-bg text-danger",
  success: "border-ok bg-ok-bg text-ok",
  info: "border-brand-600 bg-brand-50 text-brand-800",
  warning: "border-warn bg-warn-bg text-warn",
} as const;

/** role=alert for errors (announced at once), role=status for the rest. */
export function Alert({ tone, children, className, id }: { tone: keyof typeof tones; children: ReactNode; className?: string; id?: string }) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border-l-4 px-4 py-3", tones[tone], className)} tabIndex={-1}>
      {children}
    </div>
  );
}
