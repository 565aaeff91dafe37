"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { RequestFormValues, RequestInput } from "@/lib/validation/request";
import { emptyValues, mergeValues, pickTextFields, TEXT_FIELD_PATHS, type TextFieldPath } from "./fields";

/** Bump the version when the fields change meaning; an old draft is then ignored. */
export const DRAFT_KEY = "gongkai:request-draft:v2";
/** Never kept in the browser: on a shared computer the next user would find them. Retyped after a reload. */
const NOT_STORED: readonly TextFieldPath[] = ["applicant.idNumber", "applicant.creditCode"] as TextFieldPath[];

function withoutPersonalIds(leaves: Leaves): Leaves {
  const out = { ...leaves };
  for (const path of NOT_STORED) out[path] = undefined;
  return out;
}
const SAVE_DELAY_MS = 500;

type Form = UseFormReturn<RequestFormValues, unknown, RequestInput>;
type Leaves = Record<TextFieldPath, string | undefined>;

function readDraft(): Leaves | null {
  try {
    const raw = window.localStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    const values = typeof parsed === "object" && parsed !== null ? (parsed as { values?: unknown }).values : undefined;
    if (typeof values !== "object" || values === null) return null;
    const leaves = {} as Leaves;
    for (const path of TEXT_FIELD_PATHS) {
      const v = (values as Record<string, unknown>)[path];
      leaves[path] = typeof v === "string" ? v : undefined;
    }
    return withoutPersonalIds(leaves);
  } catch {
    return null; // storage disabled, full or corrupt: the form simply starts empty
  }
}

function isEmpty(leaves: Leaves, defaults: Leaves): boolean {
  return TEXT_FIELD_PATHS.every((p) => (leaves[p] ?? "") === (defaults[p] ?? ""));
}

export function clearStoredDraft(): void {
  try {
    window.localStorage.removeItem(DRAFT_KEY);
  } catch {
    // nothing stored, nothing to clear
  }
}

/**
 * Keeps the text fields in localStorage (debounced) so a reload or a crashed tab loses nothing.
 * Files and the declaration are never stored. Returns whether a draft was restored and a way to discard it.
 */
export function useRequestDraft(form: Form, prefill?: { name?: string; email?: string }) {
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<unknown>(null);
  const prefillName = prefill?.name;
  const prefillEmail = prefill?.email;

  const save = useCallback((values: unknown) => {
    const leaves = pickTextFields(values);
    try {
      if (isEmpty(leaves, pickTextFields(emptyValues()))) window.localStorage.removeItem(DRAFT_KEY);
      else window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: new Date().toISOString(), values: withoutPersonalIds(leaves) }));
    } catch {
      // quota or privacy mode: the draft is a convenience, the form works without it
    }
  }, []);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current !== null) save(pending.current);
    pending.current = null;
  }, [save]);

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  useEffect(() => {
    const draft = readDraft();
    if (draft && !isEmpty(draft, pickTextFields(emptyValues()))) {
      form.reset(mergeValues(emptyValues({ name: prefillName, email: prefillEmail }), draft));
      // Storage is only readable after hydration, so the restore (and telling the applicant) has to happen here.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
    }
    const sub = form.watch((values) => {
      pending.current = values;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    });
    window.addEventListener("pagehide", flush);
    return () => {
      sub.unsubscribe();
      window.removeEventListener("pagehide", flush);
      cancel();
    };
  }, [form, flush, cancel, prefillName, prefillEmail]);

  /** After a successful submission, or when the applicant starts over. */
  const discard = useCallback(() => {
    cancel();
    clearStoredDraft();
    setRestored(false);
  }, [cancel]);

  return { restored, discard };
}
