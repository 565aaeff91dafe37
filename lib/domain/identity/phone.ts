// Chinese telephone numbers as applicants type them. Mobiles normalise to 11 digits
// (`13800138000`); landlines to `area-local[-extension]` (`020-83116412`, `0755-12345678-123`)
// or `local[-extension]` when no area code was given (`83116412`).

export type PhoneKind = "mobile" | "landline";
export interface ParsedPhone {
  kind: PhoneKind;
  /** The stored form, see the file comment. */
  normalized: string;
}

const MAX_INPUT_LENGTH = 40;
const MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
// 010 and 020–029 are three-digit area codes; every other one (0[3-9]xx) has four, so the split is unambiguous.
const AREA_AND_LOCAL = /^(0(?:10|2\d|[3-9]\d{2}))([1-9]\d{6,7})$/;
// Without an area code a local number must not start with 1, or a truncated mobile would pass.
const LOCAL_ONLY = /^([2-9]\d{6,7})$/;
const WORD_EXTENSION = /^(.*?)\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i;
const EXTENSION = /^\d{1,6}$/;

function landline(digits: string): { area?: string; local: string } | null {
  const withArea = AREA_AND_LOCAL.exec(digits);
  if (withArea) return { area: withArea[1]!, local: withArea[2]! };
  const local = LOCAL_ONLY.exec(digits);
  return local ? { local: local[1]! } : null;
}

function format(area: string | undefined, local: string, extension: string | undefined): ParsedPhone {
  const base = area ? `${area}-${local}` : local;
  return { kind: "landline", normalized: extension ? `${base}-${extension}` : base };
}

/** Parses a mobile or landline number; null when it is neither. */
export function parsePhone(input: string): ParsedPhone | null {
  // NFKC folds full-width digits, ＋, －, （） and ideographic spaces typed with a Chinese IME.
  let s = input.normalize("NFKC").trim().replace(/[‐‑‒–—]/g, "-");
  if (s.length === 0 || s.length > MAX_INPUT_LENGTH) return null;

  let extension: string | undefined;
  const word = WORD_EXTENSION.exec(s);
  if (word) {
    s = word[1]!;
    extension = word[2]!;
  }

  const mobile = MOBILE.exec(s.replace(/[\s-]/g, ""));
  if (mobile) return extension ? null : { kind: "mobile", normalized: mobile[1]! };

  // "+86 20 8311 6412" is a Guangzhou landline dialled from abroad: the trunk 0 comes back.
  const international = /^(?:\+86|0086)[\s-]*(.*)$/.exec(s);
  if (international) s = `0${international[1]!}`;
  s = s.replace(/^\((0\d{2,3})\)/, "$1-");

  const groups = s.split(/[\s-]+/).filter((g) => g.length > 0);
  if (groups.length === 0 || !groups.every((g) => /^\d+$/.test(g))) return null;

  const whole = landline(groups.join(""));
  if (whole) return format(whole.area, whole.local, extension);

  // Otherwise the last group may be a hyphenated extension: 020-83116412-123.
  const last = groups[groups.length - 1]!;
  if (extension === undefined && groups.length >= 2 && EXTENSION.test(last)) {
    const head = landline(groups.slice(0, -1).join(""));
    if (head) return format(head.area, head.local, last);
  }
  return null;
}

export function isValidPhone(input: string): boolean {
  return parsePhone(input) !== null;
}

/** The normalised form, or null when the input is not a phone number. */
export function normalizePhone(input: string): string | null {
  return parsePhone(input)?.normalized ?? null;
}
