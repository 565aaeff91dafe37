import "server-only";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import type { Actor } from "@/lib/server/audit/record-audit";
import { randomToken } from "@/lib/server/crypto/random";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { createUser } from "@/lib/server/users/create-user";
import type { StaffRole } from "@/lib/validation/admin";
import { assertDepartmentExists } from "./department-exists";
import { sendPasswordResetLink } from "./send-password-reset-link";

export type CreateStaffUserInput = {
  name: string;
  email: string;
  roles: StaffRole[];
  departmentId?: string;
  credential: "link" | "password";
  password?: string;
};

/**
 * A staff, supervisor or admin account. With `credential: "link"` nobody knows the initial password (a random
 * one is hashed) and the user gets a one-time link to choose theirs.
 */
export async function createStaffUser(actor: Actor & { userId: string }, input: CreateStaffUserInput, locale: Locale): Promise<{ id: string; linkSent: boolean }> {
  const db = await getDb();
  if (input.departmentId) await assertDepartmentExists(db, input.departmentId, "departmentId");
  const password = input.credential === "password" && input.password ? input.password : `${randomToken(32)}A1`;
  let id: string;
  try {
    ({ id } = await createUser(db, actor, {
      email: input.email,
      name: input.name,
      password,
      roles: input.roles,
      departmentId: input.departmentId || null,
    }));
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("conflict", { email: "admin.validation.emailTaken" });
    throw e;
  }
  if (input.credential === "link") await sendPasswordResetLink(actor, id, locale);
  return { id, linkSent: input.credential === "link" };
}
