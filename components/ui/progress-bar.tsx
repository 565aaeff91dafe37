import { cn } from "./cn";

/** Determinate when `value` is a number (0–100), indeterminate when null. */
export function ProgressBar({ value, label, valueText, className }: { value: number | null; label: string; valueText?: string; className?: string }) {
  const pct = value === null ? null : Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className={cn("space-y-1", className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
        aria-valuetext={valueText}
        className="h-3 w-full overflow-hidden rounded-full border border-line bg-brand-50"
      >
        <div className={cn("h-full bg-brand-600 transition-[width]", pct === null && "w-full animate-pulse")} style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
      {valueText ? (
        <p className="text-sm text-muted" aria-hidden="true">
          {valueText}
        </p>
      ) : null}
    </div>
  );
}
