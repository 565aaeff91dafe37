import "server-only";
import { eq } from "drizzle-orm";
import { schema, type Db } from "@/db";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { STAFF_ROLES, type StaffRole } from "@/lib/validation/admin";
import { assertDepartmentExists } from "./department-exists";
import { isStaffAccount } from "./list-users";

/**
 * Changes a staff account's roles and department. Roles outside staff/supervisor/admin (citizen) are kept as
 * they are. An admin cannot take away their own admin role: nobody could give it back from inside the app.
 */
export async function updateUserAccess(
  db: Db,
  actor: Actor & { userId: string },
  input: { userId: string; roles: StaffRole[]; departmentId?: string },
): Promise<{ changed: boolean }> {
  const departmentId = input.departmentId || null;
  if (input.userId === actor.userId && !input.roles.includes("admin")) {
    throw new AppError("not_allowed", { roles: "admin.validation.ownAdminRole" });
  }
  if (departmentId) await assertDepartmentExists(db, departmentId, "departmentId");
  return db.transaction(async (tx) => {
    const u = schema.users;
    const [user] = await tx.select({ roles: u.roles, departmentId: u.departmentId }).from(u).where(eq(u.id, input.userId)).for("update").limit(1);
    if (!user) throw new AppError("not_found");
    if (!isStaffAccount(user.roles)) throw new AppError("not_allowed", { roles: "admin.validation.citizenRoles" });
    const kept = user.roles.filter((r) => !(STAFF_ROLES as readonly string[]).includes(r));
    const roles = [...kept, ...input.roles];
    const rolesChanged = [...user.roles].sort().join() !== [...roles].sort().join();
    const departmentChanged = user.departmentId !== departmentId;
    if (!rolesChanged && !departmentChanged) return { changed: false };
    await tx.update(u).set({ roles, departmentId, updatedAt: new Date() }).where(eq(u.id, input.userId));
    if (rolesChanged) {
      await recordAudit(tx, { actor, action: "user.roles_changed", entityType: "user", entityId: input.userId, before: { roles: user.roles }, after: { roles } });
    }
    if (departmentChanged) {
      await recordAudit(tx, {
        actor,
        action: "user.department_changed",
        entityType: "user",
        entityId: input.userId,
        before: { departmentId: user.departmentId },
        after: { departmentId },
      });
    }
    return { changed: true };
  });
}
