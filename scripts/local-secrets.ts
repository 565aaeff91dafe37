import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

type Secrets = { AUTH_SECRET: string; DATA_ENCRYPTION_KEY: string };

/**
 * For the embedded default only (no DATABASE_URL): secrets the app needs are generated once and kept under
 * ./.data so `npm install && npm start` needs no configuration. With DATABASE_URL the operator sets them.
 */
export function loadLocalSecrets(): void {
  if (process.env.DATABASE_URL) return;
  const file = path.resolve(".data/secrets.json");
  let secrets: Partial<Secrets> = {};
  try {
    secrets = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Secrets>;
  } catch {
    /* first run */
  }
  const complete: Secrets = {
    AUTH_SECRET: secrets.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEY: secrets.DATA_ENCRYPTION_KEY ?? crypto.randomBytes(32).toString("base64"),
  };
  if (complete.AUTH_SECRET !== secrets.AUTH_SECRET || complete.DATA_ENCRYPTION_KEY !== secrets.DATA_ENCRYPTION_KEY) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(complete, null, 2), { mode: 0o600 });
  }
  process.env.AUTH_SECRET ||= complete.AUTH_SECRET;
  process.env.DATA_ENCRYPTION_KEY ||= complete.DATA_ENCRYPTION_KEY;
}
