import { errorSummary } from "@/lib/errors";

/**
 * Next logs a page that failed to render with the whole error object, and drizzle's errors carry the query's
 * parameters (names, addresses, e-mail addresses of applicants) in their message and properties. Installed once
 * per server process (instrumentation.ts): such errors are logged as errorSummary() plus the stack frames and
 * Next's digest, which the error page shows to the user.
 */
export function installLogRedaction(): void {
  const g = globalThis as { __gongkaiLogRedaction?: boolean };
  if (g.__gongkaiLogRedaction) return;
  g.__gongkaiLogRedaction = true;
  for (const level of ["error", "warn"] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => original(...args.map(redactForLog));
  }
}

export function redactForLog(arg: unknown): unknown {
  if (arg instanceof Error && carriesQueryParameters(arg)) {
    const digest = (arg as { digest?: unknown }).digest;
    const frames = (arg.stack ?? "").split("\n").filter((l) => l.trimStart().startsWith("at "));
    return [`${errorSummary(arg)}${typeof digest === "string" ? ` (digest ${digest})` : ""}`, ...frames].join("\n");
  }
  if (typeof arg === "string" && arg.includes("\nparams:")) return arg.replace(/\nparams:[^\n]*/g, "\n(query parameters not logged)");
  return arg;
}

function carriesQueryParameters(e: Error): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    if (typeof cur !== "object") return false;
    if ("params" in cur || (cur instanceof Error && cur.message.includes("\nparams:"))) return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}
