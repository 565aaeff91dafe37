"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authedAction } from "@/lib/server/actions/action";
import { updateAgencySettings } from "@/lib/server/admin/update-agency-settings";
import { agencySettingsSchema } from "@/lib/validation/admin";

export const saveAgencySettingsAction = authedAction(agencySettingsSchema, "settings.manage", async (input, { user }) => {
  await updateAgencySettings(await getDb(), { kind: "user", userId: user.id }, input);
  revalidatePath("/admin", "layout");
});
