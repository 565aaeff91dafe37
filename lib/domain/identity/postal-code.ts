/** Folds full-width digits and drops spaces. Does not validate. */
export function normalizePostalCode(input: string): string {
  return input.normalize("NFKC").replace(/\s+/g, "");
}

/** A mainland China postal code: exactly 6 digits. */
export function isValidPostalCode(input: string): boolean {
  return /^\d{6}$/.test(normalizePostalCode(input));
}
