"use client";

import type { ChangeEvent, ReactNode } from "react";
import { cn } from "./cn";

export type ChosenFile = { key: string; name: string; sizeText: string };

type FileInputProps = {
  /** Id of the (visually hidden) file input: what labels and an error summary point at. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
  multiple?: boolean;
  accept?: string;
  /** Text of the visible "choose" button. */
  chooseLabel: string;
  /** Accessible name of a file's remove button, e.g. "Remove scan.pdf". */
  removeLabel: (name: string) => string;
  removeText: string;
  files: readonly ChosenFile[];
  onChoose: (files: File[]) => void;
  onRemove: (key: string) => void;
  disabled?: boolean;
};

/**
 * The native input stays in the tab order (visually hidden); a styled label opens it. The chosen files are
 * listed below with a remove button each, since the input itself is cleared after every choice.
 */
export function FileInput(props: FileInputProps) {
  const { id, label, hint, error, required, requiredLabel, multiple, accept, chooseLabel, removeLabel, removeText, files, onChoose, onRemove, disabled } = props;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, files.length ? `${id}-list` : null].filter(Boolean).join(" ") || undefined;

  function handleChange(e: ChangeEvent<HTMLInputElement>) {
    const chosen = Array.from(e.target.files ?? []);
    e.target.value = ""; // choosing the same file again after removing it must fire change again
    if (chosen.length) onChoose(chosen);
  }

  function remove(key: string) {
    onRemove(key);
    document.getElementById(id)?.focus(); // the removed row took focus with it
  }

  return (
    <div className="relative space-y-1">
      <label id={`${id}-label`} htmlFor={id} className="block font-medium">
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
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      <input
        type="file"
        id={id}
        multiple={multiple}
        accept={accept}
        disabled={disabled}
        aria-labelledby={`${id}-label ${id}-choose`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        required={required}
        onChange={handleChange}
        className="peer sr-only"
      />
      <label
        id={`${id}-choose`}
        htmlFor={id}
        className={cn(
          "inline-flex min-h-11 cursor-pointer items-center rounded-md border bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50",
          "peer-focus-visible:outline-[3px] peer-focus-visible:outline-offset-2 peer-focus-visible:outline-[#f5b300] peer-focus-visible:outline-solid",
          error ? "border-danger" : "border-brand-600",
          disabled && "cursor-not-allowed opacity-60",
        )}
      >
        {chooseLabel}
      </label>
      {files.length ? (
        <ul id={`${id}-list`} className="mt-2 divide-y divide-line rounded-md border border-line bg-white">
          {files.map((f) => (
            <li key={f.key} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
              <span className="min-w-0 flex-1 break-all">{f.name}</span>
              <span className="text-sm text-muted">{f.sizeText}</span>
              <button
                type="button"
                onClick={() => remove(f.key)}
                disabled={disabled}
                aria-label={removeLabel(f.name)}
                className="min-h-11 px-2 text-brand-700 underline underline-offset-4 hover:text-brand-800 disabled:cursor-not-allowed"
              >
                {removeText}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
