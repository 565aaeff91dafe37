import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { cn } from "@/components/ui/cn";

type Option = { value: string; label: ReactNode; hint?: ReactNode };

/** A group of checkboxes (one value each) under a legend; the error sits above them, tied to the group. */
export function CheckboxGroup({
  id,
  legend,
  options,
  error,
  hint,
  required,
  requiredLabel,
  inputProps,
}: {
  id: string;
  legend: ReactNode;
  options: readonly Option[];
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  requiredLabel?: string;
  inputProps: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={described} className={cn("space-y-1", error && "border-l-4 border-danger pl-3")}>
      <legend className="mb-1 font-medium">
        {legend}
        {required ? (
          <span className="ml-1 text-danger" aria-hidden="true">
            *
          </span>
        ) : null}
        {required && requiredLabel ? <span className="sr-only">（{requiredLabel}）</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      {options.map((o, i) => {
        const optionId = i === 0 ? id : `${id}--${o.value}`;
        return (
          <div key={o.value} className="flex min-h-11 items-start gap-3 py-1">
            <input type="checkbox" id={optionId} value={o.value} className="mt-1 size-5 shrink-0 accent-brand-600" aria-invalid={error ? true : undefined} {...inputProps} />
            <label htmlFor={optionId} className="cursor-pointer">
              {o.label}
              {o.hint ? <span className="block text-sm text-muted">{o.hint}</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
