import { foldIdentifier, maskIdentifier } from "./mask";

// GB 32100-2015 统一社会信用代码. Only length, charset and check character are checked; the
// registration-authority, type and region parts are deliberately not (codes issued in practice vary).
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export type CreditCodeProblem = "format" | "checksum";
export type CreditCodeCheck = { ok: true; value: string } | { ok: false; problem: CreditCodeProblem };

/** Upper-cases, folds full-width characters and drops spaces. Does not validate. */
export function normalizeCreditCode(input: string): string {
  return foldIdentifier(input);
}

/** The 18th character for the first 17, or null when they are not 17 characters of the charset. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARSET.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  const c18 = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[c18 === 31 ? 0 : c18]!;
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const value = normalizeCreditCode(input);
  if (!SHAPE.test(value)) return { ok: false, problem: "format" };
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, problem: "checksum" };
  return { ok: true, value };
}

export function isValidCreditCode(input: string): boolean {
  return checkCreditCode(input).ok;
}

/** `91350100M000100Y43` → `9135**********0Y43`. */
export function maskCreditCode(input: string): string {
  return maskIdentifier(normalizeCreditCode(input));
}
