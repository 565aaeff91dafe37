import crypto from "node:crypto";
import { dataKeys, type KeySet } from "./keys";

/** AES-256-GCM; stored as `<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). */
export function encryptText(plain: string): string {
  const key = dataKeys().current;
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key.encryption, iv);
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [key.id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ct.toString("base64url")].join(".");
}

export function decryptText(stored: string): string {
  const [keyId, iv, tag, ct] = stored.split(".");
  if (!keyId || !iv || !tag || ct === undefined) throw new Error("Malformed ciphertext.");
  const { current, previous } = dataKeys();
  const key = [current, previous].find((k): k is KeySet => k?.id === keyId);
  if (!key) throw new Error(`No key with id ${keyId}: was DATA_ENCRYPTION_KEY changed without DATA_ENCRYPTION_KEY_PREVIOUS?`);
  const decipher = crypto.createDecipheriv("aes-256-gcm", key.encryption, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
}

/** Which key wrote a ciphertext (for rotation). */
export function ciphertextKeyId(stored: string): string {
  return stored.split(".")[0] ?? "";
}

/** Keyed blind index for exact-match search of an encrypted value (normalise before calling). */
export function blindIndex(normalized: string, keys: KeySet = dataKeys().current): string {
  return crypto.createHmac("sha256", keys.blindIndex).update(normalized).digest("hex");
}
