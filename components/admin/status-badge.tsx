import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

const tones = {
  ok: "border-ok bg-ok-bg text-ok",
  danger: "border-danger bg-danger-bg text-danger",
  warn: "border-warn bg-warn-bg text-warn",
  neutral: "border-line bg-slate-50 text-ink",
  info: "border-brand-600 bg-brand-50 text-brand-800",
} as const;

/** A status in words on a coloured ground: colour is never the only signal. */
export function StatusBadge({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  return <span className={cn("inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium", tones[tone])}>{children}</span>;
}
