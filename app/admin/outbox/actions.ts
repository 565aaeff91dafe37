"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authedAction } from "@/lib/server/actions/action";
import { retryMail } from "@/lib/server/admin/retry-mail";
import { mailIdSchema } from "@/lib/validation/admin";

/** A failed mail back to the queue, due now (admins only, like everything on the outbox page). */
export const retryMailAction = authedAction(mailIdSchema, "outbox.read", async (input, { user }) => {
  await retryMail(await getDb(), { kind: "user", userId: user.id }, input.mailId);
  revalidatePath("/admin/outbox", "layout");
});
