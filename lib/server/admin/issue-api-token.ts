import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/audit/record-audit";
import { createApiToken } from "@/lib/server/tokens/create-api-token";

const DAY_MS = 86_400_000;

/** A token for an enabled account, found by e-mail; the secret is returned once and only its hash is kept. */
export async function issueApiToken(
  db: Db,
  actor: Actor,
  input: { name: string; ownerEmail: string; expiresDays: number },
  now: Date = new Date(),
): Promise<{ id: string; token: string; expiresAt: string }> {
  const [owner] = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(and(eq(schema.users.email, input.ownerEmail), isNull(schema.users.disabledAt)))
    .limit(1);
  if (!owner) throw new AppError("validation", { ownerEmail: "admin.validation.ownerUnknown" });
  const expiresAt = new Date(now.getTime() + input.expiresDays * DAY_MS);
  const { id, token } = await createApiToken(db, actor, { userId: owner.id, name: input.name, expiresAt });
  return { id, token, expiresAt: expiresAt.toISOString() };
}
