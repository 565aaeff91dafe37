import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { cn } from "./cn";
import { describedBy } from "./field";

export type RadioOption = { value: string; label: ReactNode };

type RadioGroupProps = {
  /** Id of the first radio (what an error summary links to); the others get `${id}--${value}`. */
  id: string;
  legend: ReactNode;
  options: readonly RadioOption[];
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  requiredLabel?: string;
  /** Spread on every radio: name, onChange, onBlur, ref (e.g. react-hook-form's register()). */
  inputProps: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
  /** Options side by side on wide screens. */
  inline?: boolean;
};

export function radioId(id: string, index: number, value: string): string {
  return index === 0 ? id : `${id}--${value}`;
}

/** A fieldset with its legend above the options; hint and error are tied to the group. */
export function RadioGroup({ id, legend, options, error, hint, required, requiredLabel, inputProps, inline }: RadioGroupProps) {
  return (
    <fieldset aria-describedby={describedBy(id, { error, hint: !!hint })} className={cn("space-y-1", error && "border-l-4 border-danger pl-3")}>
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
      <div className={cn("flex flex-col gap-x-6 gap-y-1", inline && "sm:flex-row sm:flex-wrap")}>
        {options.map((o, i) => {
          const optionId = radioId(id, i, o.value);
          return (
            <div key={o.value} className="flex min-h-11 items-center gap-2">
              <input type="radio" id={optionId} value={o.value} className="size-5 shrink-0 accent-brand-600" {...inputProps} />
              <label htmlFor={optionId} className="cursor-pointer">
                {o.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
