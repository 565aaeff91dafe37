import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { departments } from "./organization";
import { users } from "./users";

/**
 * 复议 / 诉讼 / 申诉 about a case (domain.md §6). Counted in the year filed, with the result as of 31 Dec of
 * that year (closed later → 尚未审结). `result` is the result today; `closed_at` is set exactly when it is not pending.
 */
export const appeals = pgTable(
  "appeals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    /** reconsideration | litigation_direct | litigation_after_reconsideration | complaint */
    kind: text("kind").notNull(),
    filedAt: date("filed_at", { mode: "string" }).notNull(),
    /** upheld 维持 | corrected 纠正 | other 其他 | pending 尚未审结 */
    result: text("result").notNull().default("pending"),
    closedAt: date("closed_at", { mode: "string" }),
    /** 申诉 only: it followed an unsatisfactory first handling by this agency (附表4's 其中 row). */
    afterUnsatisfactoryFirstHandling: boolean("after_unsatisfactory_first_handling").notNull().default(false),
    note: text("note"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("appeals_case_idx").on(t.caseId),
    index("appeals_filed_idx").on(t.filedAt),
    check("appeals_kind_known", sql`${t.kind} in ('reconsideration', 'litigation_direct', 'litigation_after_reconsideration', 'complaint')`),
    check("appeals_result_known", sql`${t.result} in ('upheld', 'corrected', 'other', 'pending')`),
    check("appeals_closed_iff_decided", sql`(${t.result} = 'pending') = (${t.closedAt} is null)`),
    check("appeals_closed_after_filed", sql`${t.closedAt} is null or ${t.closedAt} >= ${t.filedAt}`),
    check("appeals_first_handling_complaints_only", sql`${t.kind} = 'complaint' or not ${t.afterUnsatisfactoryFirstHandling}`),
  ],
);

/** The yearly figures that do not come from cases; each save is a new version (who and when kept). */
export const manualFigures = pgTable(
  "manual_figures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    year: integer("year").notNull(),
    version: integer("version").notNull(),
    /** lib/domain/statistics ManualFigures, validated by lib/validation/manual-figures.ts. */
    data: jsonb("data").notNull(),
    enteredBy: uuid("entered_by").references(() => users.id),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("manual_figures_year_version_key").on(t.year, t.version), check("manual_figures_version_positive", sql`${t.version} > 0`)],
);

/**
 * A published (frozen) year: the whole report, the ids behind every computed cell, the manual figures'
 * version and the checks. Never updated; re-publishing adds version N+1. department_id null = whole agency.
 */
export const statisticsPublications = pgTable(
  "statistics_publications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    year: integer("year").notNull(),
    departmentId: uuid("department_id").references(() => departments.id),
    version: integer("version").notNull(),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    snapshot: jsonb("snapshot").notNull(),
  },
  (t) => [
    uniqueIndex("statistics_publications_scope_version_key").on(
      t.year,
      sql`coalesce(${t.departmentId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.version,
    ),
    check("statistics_publications_version_positive", sql`${t.version} > 0`),
  ],
);
