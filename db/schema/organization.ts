import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Departments form a tree (直属单位, 区分局 …); cases are routed to one. */
export const departments = pgTable("departments", {
  id: uuid("id").primaryKey().defaultRandom(),
  parentId: uuid("parent_id").references((): AnyPgColumn => departments.id),
  name: text("name").notNull(),
  code: text("code").notNull().unique(),
  sortOrder: integer("sort_order").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One row (id = 1): the agency's own facts, used by every document. */
export const agencySettings = pgTable("agency_settings", {
  id: integer("id").primaryKey().default(1),
  name: text("name").notNull(),
  address: text("address").notNull().default(""),
  contact: text("contact").notNull().default(""),
  sealText: text("seal_text").notNull().default(""),
  trackingPrefix: text("tracking_prefix").notNull().default("GK"),
  replyDeadlineWording: text("reply_deadline_wording").notNull().default(""),
  demo: boolean("demo").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(sql`now()`),
});
