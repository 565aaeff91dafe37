import type { ReactNode } from "react";
import { cn } from "./cn";

export function Card({ title, children, className }: { title?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={cn("rounded-lg border border-line bg-white p-6", className)}>
      {title ? <h2 className="mb-3 text-xl font-semibold text-brand-800">{title}</h2> : null}
      {children}
    </section>
  );
}
