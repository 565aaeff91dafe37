import type { TextareaHTMLAttributes } from "react";
import { cn } from "./cn";

export function Textarea({ className, invalid, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }) {
  return (
    <textarea
      aria-invalid={invalid || undefined}
      className={cn("block min-h-32 w-full rounded-md border bg-white px-3 py-2 text-base", invalid ? "border-danger" : "border-line", className)}
      {...props}
    />
  );
}
