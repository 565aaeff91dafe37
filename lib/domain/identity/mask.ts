/**
 * Masks the middle of an identifier for lists and logs: each side keeps a quarter of the length,
 * at most 4 characters, so an 18-character number shows as `4401**********123X`.
 */
export function maskIdentifier(value: string): string {
  const chars = Array.from(value);
  const keep = Math.min(4, Math.floor(chars.length / 4));
  if (keep === 0) return "*".repeat(chars.length);
  return chars.slice(0, keep).join("") + "*".repeat(chars.length - 2 * keep) + chars.slice(-keep).join("");
}

/** NFKC folds full-width digits and letters typed with a Chinese IME (`４４０１`, `Ｘ`) to ASCII; spaces go. */
export function foldIdentifier(value: string): string {
  return value.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}
