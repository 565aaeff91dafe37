/** The SQLSTATE of a PostgreSQL error, through drizzle's wrapping (cause) on postgres.js and PGlite alike. */
export function sqlState(e: unknown): string | null {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code;
    // Five characters with a digit: a SQLSTATE, not a Node error code such as EPIPE.
    if (typeof code === "string" && /^(?=.*\d)[0-9A-Z]{5}$/.test(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return null;
}

/** PostgreSQL unique_violation. */
export function isUniqueViolation(e: unknown): boolean {
  return sqlState(e) === "23505";
}

/** An error caused by the data of a row (data exception, integrity constraint), not by the database or the query. */
export function isRowDataError(e: unknown): boolean {
  const state = sqlState(e);
  return state !== null && (state.startsWith("22") || state.startsWith("23"));
}
