import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * The prose of a year's annual report (2021 format sections 一、总体情况, 五、存在的主要问题及改进情况,
 * 六、其他需要报告的事项); the tables in between come from the statistics. Each save is a new version (who and
 * when kept), like the manual figures; the latest version is the text printed.
 */
export const reportProse = pgTable(
  "report_prose",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    year: integer("year").notNull(),
    version: integer("version").notNull(),
    overview: text("overview").notNull().default(""),
    problems: text("problems").notNull().default(""),
    other: text("other").notNull().default(""),
    savedBy: uuid("saved_by").references(() => users.id),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("report_prose_year_version_key").on(t.year, t.version), check("report_prose_version_positive", sql`${t.version} > 0`)],
);
