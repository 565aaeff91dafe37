import { isCalendarDay, todayInShanghai } from "./calendar-date";
import { foldIdentifier, maskIdentifier } from "./mask";

// GB 11643-1999 with the ISO 7064 MOD 11-2 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";
const SHAPE = /^\d{17}[\dX]$/;

export type ResidentIdProblem = "format" | "birthDate" | "checksum";
export type ResidentIdCheck = { ok: true; value: string } | { ok: false; problem: ResidentIdProblem };

/** Upper-cases a trailing `x`, folds full-width characters and drops spaces. Does not validate. */
export function normalizeResidentId(input: string): string {
  return foldIdentifier(input);
}

/** The check character for the first 17 digits, or null when they are not 17 digits. */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Validates an 18-character resident identity number and says what is wrong:
 * `format` (not 17 digits + digit/X), `birthDate` (positions 7–14 not a real date from 1900 up to `today`),
 * `checksum` (wrong check character). `today` is `YYYY-MM-DD`, default today in Asia/Shanghai.
 */
export function checkResidentId(input: string, today: string = todayInShanghai()): ResidentIdCheck {
  const value = normalizeResidentId(input);
  if (!SHAPE.test(value)) return { ok: false, problem: "format" };
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (year < 1900 || !isCalendarDay(year, month, day) || birthDate > today) {
    return { ok: false, problem: "birthDate" };
  }
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, problem: "checksum" };
  return { ok: true, value };
}

export function isValidResidentId(input: string, today?: string): boolean {
  return checkResidentId(input, today).ok;
}

/** `440106199001011234` → `4401**********1234`. */
export function maskResidentId(input: string): string {
  return maskIdentifier(normalizeResidentId(input));
}
