import crypto from "node:crypto";
import { dataKeys } from "./keys";

// 31 symbols without 0/O, 1/I/L: easy to read aloud and type. 10 symbols ≈ 49.5 bits.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 10;

/** A fresh random query code, shown once to the applicant, formatted `XXXXX-XXXXX`. */
export function generateQueryCode(): string {
  let out = "";
  for (let i = 0; i < LENGTH; i++) out += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

/** Spaces, hyphens and case do not matter when a person types the code back. */
export function normalizeQueryCode(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

/** Stored as a keyed HMAC-SHA-256 (a random 50-bit code needs no slow password hash). */
export function hashQueryCode(code: string): string {
  return crypto.createHmac("sha256", dataKeys().current.queryCode).update(normalizeQueryCode(code)).digest("hex");
}

/** Constant-time check; also accepts codes hashed under the previous key during a rotation. */
export function verifyQueryCode(code: string, storedHash: string | null): boolean {
  const normalized = normalizeQueryCode(code);
  const { current, previous } = dataKeys();
  // Hash even when nothing is stored, so an unknown number and a wrong code take the same path.
  const expected = Buffer.from(storedHash ?? "0".repeat(64), "hex");
  let ok = false;
  for (const key of [current, previous]) {
    if (!key) continue;
    const actual = crypto.createHmac("sha256", key.queryCode).update(normalized).digest();
    if (expected.length === actual.length && crypto.timingSafeEqual(expected, actual)) ok = true;
  }
  return ok && storedHash !== null;
}
