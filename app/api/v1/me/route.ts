import { eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb, schema } from "@/db";
import { tokenRoute } from "@/lib/server/http/api-route";

/** Who this token acts as: its owner and roles (an integration's first sanity check). */
export const GET = tokenRoute("api.me", async (_req, { principal }) => {
  const db = await getDb();
  const [user] = await db
    .select({ id: schema.users.id, email: schema.users.email, name: schema.users.name })
    .from(schema.users)
    .where(eq(schema.users.id, principal!.userId))
    .limit(1);
  return NextResponse.json({ ...user, roles: principal!.roles });
});
