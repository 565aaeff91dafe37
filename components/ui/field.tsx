import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

type FieldProps = {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  requiredLabel?: string;
  children: ReactNode;
};

/** Label above the control, hint and error tied to it with aria-describedby. */
export function Field({ id, label, error, hint, required, requiredLabel, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required ? (
          <span className="ml-1 text-danger" aria-hidden="true">
            *
          </span>
        ) : null}
        {required && requiredLabel ? <span className="sr-only">（{requiredLabel}）</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function describedBy(id: string, opts: { error?: string; hint?: boolean }): string | undefined {
  const ids = [opts.hint ? `${id}-hint` : null, opts.error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Input({ className, invalid, ...props }: InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean }) {
  return (
    <input
      aria-invalid={invalid || undefined}
      className={cn(
        "block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base",
        invalid ? "border-danger" : "border-line",
        className,
      )}
      {...props}
    />
  );
}
