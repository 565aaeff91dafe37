import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type BarItem = { key: string; label: string; value: number; /** Shown instead of the bare number. */ valueText?: string; tone?: "brand" | "danger" | "warn" | "muted"; href?: string };

const TONES = { brand: "bg-brand-600", danger: "bg-danger", warn: "bg-warn", muted: "bg-muted" } as const;

/** Horizontal CSS bars: the label and the number are text (read as a list); the bar is decoration. */
export function BarList({ items, testId }: { items: BarItem[]; testId?: string }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ul className="space-y-2" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key} className="grid grid-cols-[minmax(7rem,12rem)_minmax(0,1fr)_auto] items-center gap-3" data-key={item.key} data-value={item.value}>
          <span className="text-sm leading-snug">{item.href ? <Link href={item.href} className="text-brand-700 underline underline-offset-4">{item.label}</Link> : item.label}</span>
          <span className="h-5 rounded bg-brand-50" aria-hidden="true">
            <span className={cn("block h-5 rounded", TONES[item.tone ?? "brand"])} style={{ width: `${(item.value / max) * 100}%` }} />
          </span>
          <span className="min-w-12 text-right font-semibold tabular-nums">{item.valueText ?? item.value}</span>
        </li>
      ))}
    </ul>
  );
}
