import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { getEnv } from "@/lib/env";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { burnPasswordCheck, verifyPassword } from "./passwords";

const WINDOW = 15 * 60;

/** Checks e-mail + password with per-account and per-address limits. Disabled accounts cannot sign in. */
export async function verifyCredentials(
  email: string,
  password: string,
  ip: string,
): Promise<{ id: string; email: string; name: string } | null | "rate_limited"> {
  const db = await getDb();
  const limit = getEnv().RATE_LIMIT_SIGNIN_PER_15_MINUTES;
  const byAccount = await consumeRateLimit(db, `signin:account:${email}`, limit, WINDOW);
  const byAddress = await consumeRateLimit(db, `signin:ip:${ip}`, limit * 5, WINDOW);
  if (!byAccount.allowed || !byAddress.allowed) return "rate_limited";

  const [user] = await db
    .select({ id: schema.users.id, email: schema.users.email, name: schema.users.name, hash: schema.users.passwordHash })
    .from(schema.users)
    .where(and(eq(schema.users.email, email), isNull(schema.users.disabledAt)))
    .limit(1);
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(password, user.hash))) return null;
  return { id: user.id, email: user.email, name: user.name };
}
