import type { SelectHTMLAttributes } from "react";
import { cn } from "./cn";

export function Select({ className, invalid, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }) {
  return (
    <select
      aria-invalid={invalid || undefined}
      className={cn("block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base", invalid ? "border-danger" : "border-line", className)}
      {...props}
    />
  );
}
