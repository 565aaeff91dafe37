"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authedAction } from "@/lib/server/actions/action";
import { createDepartment } from "@/lib/server/admin/create-department";
import { moveDepartment } from "@/lib/server/admin/move-department";
import { renameDepartment } from "@/lib/server/admin/rename-department";
import { createDepartmentSchema, moveDepartmentSchema, renameDepartmentSchema } from "@/lib/validation/admin";

export const createDepartmentAction = authedAction(createDepartmentSchema, "departments.manage", async (input, { user }) => {
  const created = await createDepartment(await getDb(), { kind: "user", userId: user.id }, input);
  revalidatePath("/admin", "layout");
  return created;
});

export const renameDepartmentAction = authedAction(renameDepartmentSchema, "departments.manage", async (input, { user }) => {
  await renameDepartment(await getDb(), { kind: "user", userId: user.id }, input);
  revalidatePath("/admin", "layout");
});

export const moveDepartmentAction = authedAction(moveDepartmentSchema, "departments.manage", async (input, { user }) => {
  await moveDepartment(await getDb(), { kind: "user", userId: user.id }, input);
  revalidatePath("/admin", "layout");
});
