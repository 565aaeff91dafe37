import crypto from "node:crypto";

export type KeySet = { id: string; encryption: Buffer; blindIndex: Buffer; queryCode: Buffer };

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", master, Buffer.alloc(0), `gongkai:${purpose}:v1`, 32));
}

function keySetFrom(base64: string, variable: string): KeySet {
  const master = Buffer.from(base64, "base64");
  if (master.length !== 32) throw new Error(`${variable} must be 32 random bytes in base64.`);
  const encryption = derive(master, "encryption");
  return {
    // A short, non-secret fingerprint stored with each ciphertext, so rotation knows which key wrote it.
    id: crypto.createHash("sha256").update(encryption).digest("hex").slice(0, 8),
    encryption,
    blindIndex: derive(master, "blind-index"),
    queryCode: derive(master, "query-code"),
  };
}

let cached: { raw: string; rawPrev: string; current: KeySet; previous: KeySet | null } | undefined;

/**
 * Keys derived (HKDF) from DATA_ENCRYPTION_KEY; DATA_ENCRYPTION_KEY_PREVIOUS is still accepted for reading
 * during a key rotation (README, "Rotating DATA_ENCRYPTION_KEY").
 */
export function dataKeys(): { current: KeySet; previous: KeySet | null } {
  const raw = process.env.DATA_ENCRYPTION_KEY ?? "";
  const rawPrev = process.env.DATA_ENCRYPTION_KEY_PREVIOUS ?? "";
  if (cached && cached.raw === raw && cached.rawPrev === rawPrev) return cached;
  if (!raw) throw new Error("DATA_ENCRYPTION_KEY is not set: personal data cannot be stored without it.");
  cached = {
    raw,
    rawPrev,
    current: keySetFrom(raw, "DATA_ENCRYPTION_KEY"),
    previous: rawPrev ? keySetFrom(rawPrev, "DATA_ENCRYPTION_KEY_PREVIOUS") : null,
  };
  return cached;
}
