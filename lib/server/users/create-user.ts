import { schema, type Db } from "@/db";
import type { Role } from "@/lib/auth/roles";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { hashPassword } from "@/lib/server/auth/passwords";

export type CreateUserInput = {
  email: string;
  name: string;
  password: string;
  roles: Role[];
  departmentId?: string | null;
};

/** Staff, supervisor and admin accounts are created by an admin (or the bootstrap CLI), never self-registered. */
export async function createUser(db: Db, actor: Actor, input: CreateUserInput): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(schema.users)
      .values({ email, name: input.name, passwordHash, roles: input.roles, departmentId: input.departmentId ?? null })
      .returning({ id: schema.users.id });
    await recordAudit(tx, {
      actor,
      action: "user.created",
      entityType: "user",
      entityId: user!.id,
      after: { email, name: input.name, roles: input.roles, departmentId: input.departmentId ?? null },
    });
    return { id: user!.id };
  });
}
