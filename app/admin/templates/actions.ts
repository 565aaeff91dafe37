"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authedAction } from "@/lib/server/actions/action";
import { createTemplateVersion } from "@/lib/server/admin/create-template-version";
import { previewTemplate } from "@/lib/server/admin/preview-template";
import { templatePreviewSchema, templateVersionSchema } from "@/lib/validation/admin";

/** Saves the edited text as the family's next version; returns its id so the editor can follow it. */
export const saveTemplateVersionAction = authedAction(templateVersionSchema, "settings.manage", async (input, { user }) => {
  const created = await createTemplateVersion(await getDb(), { kind: "user", userId: user.id }, input);
  revalidatePath("/admin/templates", "layout");
  return created;
});

/** The edited (unsaved) text filled with a real case's values. Writes nothing. */
export const previewTemplateAction = authedAction(templatePreviewSchema, "settings.manage", async (input) => previewTemplate(await getDb(), input));
