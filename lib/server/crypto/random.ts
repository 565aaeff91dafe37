import crypto from "node:crypto";

/** Random URL-safe secret (tokens, reset links). */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString("base64url");
}

/** Tokens are high-entropy, so a plain SHA-256 is the right lookup hash (no slow password hash needed). */
export function sha256Hex(value: string): string {
  return crypto.createHash("sha256").update(value).digest("hex");
}
