import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { cellDefinition } from "@/lib/domain/statistics";
import { cellHref, formatValue } from "./format";
import { isManualFigure, type StatContext } from "./stat-context";

/** One value of an official table: a link to the cases behind it (case-derived), a figure, or "not entered". */
export function StatValue({ id, ctx }: { id: string; ctx: StatContext }) {
  const value = ctx.values[id];
  const failing = ctx.failing.has(id);
  if (isManualFigure(id) && !ctx.manualApplicable) {
    return (
      <span className="text-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{ctx.texts.notApplicable}</span>
      </span>
    );
  }
  if (value === null || value === undefined) return <span className="text-sm text-muted">{ctx.texts.notEntered}</span>;
  const text = formatValue(value);
  const def = cellDefinition(id);
  const marker = failing ? <span className="sr-only">{ctx.texts.failing}</span> : null;
  if (!def || !ctx.links) {
    return (
      <span data-value={id}>
        {text}
        {marker}
      </span>
    );
  }
  return (
    <Link
      href={cellHref(ctx.scope, id)}
      data-cell={id}
      className={cn("inline-block min-w-8 rounded px-1 font-medium underline underline-offset-4 hover:bg-brand-50", failing ? "text-danger" : "text-brand-700")}
    >
      {text}
      <span className="sr-only">{def.subject === "case" ? ctx.texts.drillCases(value) : ctx.texts.drillAppeals(value)}</span>
      {marker}
    </Link>
  );
}

/** The table cell around a value; a value read by a failed check is outlined in red (colour and words). */
export function StatTd({ id, ctx, headers, colSpan, className }: { id: string; ctx: StatContext; headers?: string; colSpan?: number; className?: string }) {
  const failing = ctx.failing.has(id);
  return (
    <td
      headers={headers}
      colSpan={colSpan}
      data-failing={failing || undefined}
      className={cn(
        "border border-line px-2 py-1 text-center tabular-nums print:border-ink print:px-1 print:py-0.5",
        failing && "bg-danger-bg font-semibold text-danger outline-2 -outline-offset-2 outline-danger",
        className,
      )}
    >
      <StatValue id={id} ctx={ctx} />
    </td>
  );
}

/** Shared cell classes of the official tables (screen and A4 print). */
export const TH = "border border-line bg-brand-50 px-2 py-1 font-semibold print:border-ink print:bg-white print:px-1 print:py-0.5";
export const TH_ROW = "border border-line px-2 py-1 text-left font-normal print:border-ink print:px-1 print:py-0.5";
export const TABLE = "w-full border-collapse bg-white text-[15px] leading-snug print:text-[8.5pt] print:leading-tight";
export const CAPTION = "caption-top pb-2 text-left text-lg font-semibold text-brand-800 print:text-[11pt] print:text-ink";
