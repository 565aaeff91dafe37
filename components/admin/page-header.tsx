import type { ReactNode } from "react";

/** The h1 and one-line lead every admin page starts with. */
export function PageHeader({ title, lead, children }: { title: ReactNode; lead?: ReactNode; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold text-brand-800">{title}</h1>
        {lead ? <p className="max-w-3xl text-muted">{lead}</p> : null}
      </div>
      {children}
    </div>
  );
}
