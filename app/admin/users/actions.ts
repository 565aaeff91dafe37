"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authedAction } from "@/lib/server/actions/action";
import { createStaffUser } from "@/lib/server/admin/create-staff-user";
import { sendPasswordResetLink } from "@/lib/server/admin/send-password-reset-link";
import { setUserDisabled } from "@/lib/server/admin/set-user-disabled";
import { updateUserAccess } from "@/lib/server/admin/update-user-access";
import { createUserSchema, updateUserAccessSchema, userIdSchema, userStatusSchema } from "@/lib/validation/admin";

export const createUserAction = authedAction(createUserSchema, "users.manage", async (input, { user, locale }) => {
  const created = await createStaffUser({ kind: "user", userId: user.id }, input, locale);
  revalidatePath("/admin/users");
  return created;
});

export const updateUserAccessAction = authedAction(updateUserAccessSchema, "users.manage", async (input, { user }) => {
  const result = await updateUserAccess(await getDb(), { kind: "user", userId: user.id }, input);
  revalidatePath("/admin/users", "layout");
  return result;
});

export const setUserDisabledAction = authedAction(userStatusSchema, "users.manage", async (input, { user }) => {
  const result = await setUserDisabled(await getDb(), { kind: "user", userId: user.id }, input.userId, input.disabled);
  revalidatePath("/admin/users", "layout");
  return result;
});

export const sendResetLinkAction = authedAction(userIdSchema, "users.manage", async (input, { user, locale }) => {
  await sendPasswordResetLink({ kind: "user", userId: user.id }, input.userId, locale);
});
