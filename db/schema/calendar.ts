import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** Admin corrections to the working-day calendar; they win over chinese-days and the statutory rule. */
export const calendarOverrides = pgTable("calendar_overrides", {
  date: date("date", { mode: "string" }).primaryKey(),
  kind: text("kind").notNull(), // holiday | workday
  note: text("note"),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Years whose State Council holiday notice an admin has entered in full: no longer provisional. */
export const calendarNoticeYears = pgTable("calendar_notice_years", {
  year: integer("year").primaryKey(),
  note: text("note"),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
