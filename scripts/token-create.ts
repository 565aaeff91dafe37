import { eq } from "drizzle-orm";
import { getDb, schema } from "../db/index";
import { createApiToken } from "../lib/server/tokens/create-api-token";
import { runCli } from "./cli";

const usage = "npm run token:create -- --email E [--name N] [--expires-days D]";

runCli(usage, { email: { type: "string" }, name: { type: "string" }, "expires-days": { type: "string" } }, async (v) => {
  if (!v.email) throw new Error(`--email is required.\nUsage: ${usage}`);
  let expiresAt: Date | null = null;
  if (v["expires-days"] !== undefined) {
    const days = Number(v["expires-days"]);
    if (!Number.isFinite(days) || days <= 0 || days > 3650) throw new Error("--expires-days must be a number of days between 1 and 3650.");
    expiresAt = new Date(Date.now() + days * 86_400_000);
  }
  const db = await getDb();
  const [user] = await db
    .select({ id: schema.users.id, disabledAt: schema.users.disabledAt, roles: schema.users.roles })
    .from(schema.users)
    .where(eq(schema.users.email, v.email.trim().toLowerCase()))
    .limit(1);
  if (!user) throw new Error(`No user with e-mail ${v.email}. Create one first: npm run user:create`);
  if (user.disabledAt) throw new Error(`User ${v.email} is disabled: a token would not work.`);
  const { token } = await createApiToken(db, { kind: "system" }, { userId: user.id, name: v.name ?? "cli", expiresAt });
  console.error(`Token for ${v.email} (${user.roles.join(", ")})${expiresAt ? `, expires ${expiresAt.toISOString()}` : ", no expiry"}. Shown once:`);
  console.log(token);
});
