import type { ReactNode } from "react";

/** A plain, horizontally scrollable table with a caption (visible or for screen readers only). */
export function DataTable({ caption, captionHidden, head, children, testId }: { caption: ReactNode; captionHidden?: boolean; head: ReactNode[]; children: ReactNode; testId?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full text-left" data-testid={testId}>
        <caption className={captionHidden ? "sr-only" : "px-4 pt-3 text-left font-semibold text-brand-800"}>{caption}</caption>
        <thead className="bg-slate-50">
          <tr className="border-b border-line">
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-4 py-2 font-semibold whitespace-nowrap">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line/70">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className }: { children?: ReactNode; className?: string }) {
  return <td className={`px-4 py-2 align-top ${className ?? ""}`}>{children}</td>;
}
