import type { ReactNode } from "react";

/** A label/value grid; rows without a value are left out. */
export function DefinitionList({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)]">{children}</dl>;
}

export function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  if (children === null || children === undefined || children === "" || children === false) return null;
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd className="mb-1 min-w-0 [overflow-wrap:anywhere] sm:mb-0">{children}</dd>
    </>
  );
}
