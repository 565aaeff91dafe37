import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";
import { describedBy } from "./field";

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id"> & {
  id: string;
  label: ReactNode;
  error?: string;
  requiredLabel?: string;
};

/** A single checkbox with its label to the right; the error sits above it, as for every other field. */
export function Checkbox({ id, label, error, required, requiredLabel, className, ...props }: CheckboxProps) {
  return (
    <div className={cn("space-y-1", error && "border-l-4 border-danger pl-3", className)}>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error })}
          className="mt-1 size-5 shrink-0 accent-brand-600"
          {...props}
        />
        <label htmlFor={id} className="cursor-pointer">
          {label}
          {required ? (
            <span className="ml-1 text-danger" aria-hidden="true">
              *
            </span>
          ) : null}
          {required && requiredLabel ? <span className="sr-only">（{requiredLabel}）</span> : null}
        </label>
      </div>
    </div>
  );
}
