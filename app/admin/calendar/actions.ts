"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authedAction } from "@/lib/server/actions/action";
import { applyCalendarChange } from "@/lib/server/admin/apply-calendar-change";
import { previewCalendarChange } from "@/lib/server/admin/preview-calendar-change";
import { calendarChangeSchema } from "@/lib/validation/admin";

/** What saving would do: the dates set and the open cases whose due date moves. Writes nothing. */
export const previewCalendarChangeAction = authedAction(calendarChangeSchema, "calendar.manage", async (input) => previewCalendarChange(await getDb(), input));

/** Saves the change and recomputes the moved cases in the same transaction. */
export const applyCalendarChangeAction = authedAction(calendarChangeSchema, "calendar.manage", async (input, { user }) => {
  const { changes } = await applyCalendarChange(await getDb(), { kind: "user", userId: user.id }, input);
  revalidatePath("/admin/calendar");
  return { recomputed: changes.length };
});
