import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";

const COOKIE = "gk_lookup";
const TTL_SECONDS = 30 * 60;

function key(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  return Buffer.from(crypto.hkdfSync("sha256", secret, Buffer.alloc(0), "gongkai:lookup-grant:v1", 32));
}

function sign(payload: string): string {
  return crypto.createHmac("sha256", key()).update(payload).digest("base64url");
}

/**
 * After a correct tracking number + query code, the visitor holds a short-lived signed grant for that one
 * case (HttpOnly cookie): it opens the status page, the files and withdrawal, without an account.
 */
export async function grantLookup(caseId: string): Promise<void> {
  const payload = `${caseId}.${Math.floor(Date.now() / 1000) + TTL_SECONDS}`;
  (await cookies()).set(COOKIE, `${payload}.${sign(payload)}`, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: TTL_SECONDS,
    secure: (process.env.APP_URL ?? "").startsWith("https://"),
  });
}

/** The case id the visitor's grant opens, or null (absent, expired or forged). */
export async function grantedCaseId(): Promise<string | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  return grantedCaseIdFrom(raw);
}

export function grantedCaseIdFrom(raw: string | undefined): string | null {
  if (!raw) return null;
  const [caseId, exp, sig] = raw.split(".");
  if (!caseId || !exp || !sig) return null;
  const expected = Buffer.from(sign(`${caseId}.${exp}`));
  const actual = Buffer.from(sig);
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual)) return null;
  if (Number(exp) < Date.now() / 1000) return null;
  return caseId;
}

export const LOOKUP_GRANT_COOKIE = COOKIE;
