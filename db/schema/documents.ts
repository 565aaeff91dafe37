import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { users } from "./users";

/**
 * Templates of the documents the agency sends (受理回执, 补正告知书 … 答复书), as data. A template family is
 * (kind, outcome, reason_code); editing creates a new version, and the newest active version is used.
 */
export const documentTemplates = pgTable(
  "document_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** acknowledgement | clarification_notice | extension_notice | consultation_letter | fee_notice | reply_letter */
    kind: text("kind").notNull(),
    /** reply_letter only: the outcome it answers (null: any). */
    outcome: text("outcome"),
    /** reply_letter only: a reason code (2021 row) for a more specific letter (null: any reason). */
    reasonCode: text("reason_code"),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    /** Text with {{placeholders}}; paragraphs separated by line breaks. */
    body: text("body").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("document_templates_family_version_key").on(t.kind, sql`coalesce(${t.outcome}, '')`, sql`coalesce(${t.reasonCode}, '')`, t.version),
    check("document_templates_version_positive", sql`${t.version} > 0`),
  ],
);

/** Per-year counter of document numbers (〔2026〕第12号), incremented in the issuing transaction: gap-free. */
export const documentCounters = pgTable("document_counters", {
  year: integer("year").primaryKey(),
  lastSeq: integer("last_seq").notNull().default(0),
});

/** A document issued on a case: the final text as sent (never re-rendered), its number and template version. */
export const caseDocuments = pgTable(
  "case_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind").notNull(),
    templateId: uuid("template_id").references(() => documentTemplates.id),
    templateVersion: integer("template_version"),
    numberYear: integer("number_year").notNull(),
    numberSeq: integer("number_seq").notNull(),
    /** 〔2026〕第12号 */
    documentNumber: text("document_number").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** The agency's name as it was when the document was issued (printed above the number and in the signature). */
    agencyName: text("agency_name").notNull(),
    /** The document's date (Asia/Shanghai); a back-filled reply carries its reply date. */
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    visibleToApplicant: boolean("visible_to_applicant").notNull().default(true),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("case_documents_case_idx").on(t.caseId, t.createdAt),
    uniqueIndex("case_documents_number_key").on(t.numberYear, t.numberSeq),
  ],
);

/** How and when a document reached its addressee (送达); appeal and payment deadlines run from `served_at`. */
export const documentServices = pgTable(
  "document_services",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => caseDocuments.id),
    /** post | email | in_person | online */
    method: text("method").notNull(),
    /** Required for post. */
    emsNumber: text("ems_number"),
    servedAt: date("served_at", { mode: "string" }).notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("document_services_document_idx").on(t.documentId),
    check("document_services_method_check", sql`${t.method} in ('post', 'email', 'in_person', 'online')`),
    check("document_services_ems_check", sql`${t.method} <> 'post' or ${t.emsNumber} is not null`),
  ],
);
