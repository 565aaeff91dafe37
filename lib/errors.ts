/** One typed map: error code → HTTP status and the message key shown to people (both locales). */
export const ERROR_CODES = {
  validation: { status: 400, messageKey: "errors.validation" },
  bad_request: { status: 400, messageKey: "errors.badRequest" },
  unauthorized: { status: 401, messageKey: "errors.unauthorized" },
  forbidden: { status: 403, messageKey: "errors.forbidden" },
  not_found: { status: 404, messageKey: "errors.notFound" },
  conflict: { status: 409, messageKey: "errors.conflict" },
  payload_too_large: { status: 413, messageKey: "errors.payloadTooLarge" },
  unsupported_media_type: { status: 415, messageKey: "errors.unsupportedMediaType" },
  not_allowed: { status: 422, messageKey: "errors.notAllowed" },
  rate_limited: { status: 429, messageKey: "errors.rateLimited" },
  internal: { status: 500, messageKey: "errors.internal" },
  unavailable: { status: 503, messageKey: "errors.unavailable" },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export type FieldErrors = Record<string, string>;

/** What server actions return across the wire: a result, never a throw. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors };

/** Thrown inside lib/server to abort (and roll back) with a known code; turned into a result at the edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldErrors,
    readonly headers?: Record<string, string>,
    /** A machine-readable refusal reason (workflow guards), passed to API clients as `error.reason`. */
    readonly reason?: string,
  ) {
    super(code);
    this.name = "AppError";
  }
  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01",
  "57P02",
  "57P03",
  "08006",
  "08001",
  "08003",
]);

/** True when the database could not be reached (→ 503), as opposed to a bug (→ 500). */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * One line for the server log that carries no personal data: drizzle's "Failed query" message ends with the
 * query's parameters (names, e-mail addresses, a searched ID number …), and PostgreSQL quotes the offending input
 * (`invalid input syntax for type uuid: "…"`). Both are cut; the SQL text, the error codes and the causes stay.
 */
export function errorSummary(e: unknown): string {
  const parts: string[] = [];
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    if (!(cur instanceof Error)) {
      // Auth.js wraps its cause as { err }; any other object is named by its type only (it may hold anything).
      const inner = typeof cur === "object" ? (cur as { err?: unknown }).err : undefined;
      if (inner instanceof Error) {
        cur = inner;
        continue;
      }
      parts.push(typeof cur === "object" ? "(a non-error value)" : redactQuoted(String(cur)));
      break;
    }
    const code = (cur as { code?: unknown }).code;
    parts.push(`${cur.name}${typeof code === "string" ? ` [${code}]` : ""}: ${safeErrorMessage(cur)}`);
    cur = (cur as { cause?: unknown }).cause;
  }
  // One line per failure: a query's text keeps its own line breaks, which would split the log entry.
  return parts.join(" ← caused by ").replace(/\s+/g, " ");
}

/** An error's own message without query parameters or quoted input values (see errorSummary). */
export function safeErrorMessage(e: Error): string {
  return redactQuoted(e.message.replace(/\nparams:[\s\S]*$/, ""));
}

function redactQuoted(text: string): string {
  // PostgreSQL puts input values after a colon in double quotes; identifiers elsewhere stay readable.
  return text.replace(/: "(?:[^"\\]|\\.)*"/g, ': "…"').slice(0, 2000);
}

/** Maps anything thrown to a known code; unknown errors become `internal` (logged by the caller). */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (isDatabaseUnavailable(e)) return new AppError("unavailable");
  return new AppError("internal");
}
