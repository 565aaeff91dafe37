import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";

const tone: Record<string, string> = {
  received: "bg-brand-50 text-brand-800 border-brand-600",
  awaiting_clarification: "bg-warn-bg text-warn border-warn",
  awaiting_fee: "bg-warn-bg text-warn border-warn",
  replied: "bg-ok-bg text-ok border-ok",
  withdrawn: "bg-white text-muted border-line",
  abandoned: "bg-white text-muted border-line",
  closed: "bg-white text-muted border-line",
};

/** Status carries colour and words. */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("requests.status");
  return (
    <span data-testid="status" className={cn("inline-block rounded border px-2 py-0.5 text-sm font-medium", tone[status] ?? tone.received)}>
      {t.has(status as never) ? t(status as never) : status}
    </span>
  );
}
