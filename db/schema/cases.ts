import { sql } from "drizzle-orm";
import { boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { departments } from "./organization";
import { users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** Per-year, per-prefix counter: incremented inside the submitting transaction, so numbers are gap-free. */
export const trackingCounters = pgTable(
  "tracking_counters",
  {
    prefix: text("prefix").notNull(),
    year: integer("year").notNull(),
    lastSeq: integer("last_seq").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);

/**
 * The applicant as stated on one request (a snapshot: the same person may file many requests).
 * ID numbers and credit codes are encrypted (AES-256-GCM) with a keyed blind index for exact search.
 */
export const applicants = pgTable(
  "applicants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: text("type").notNull(), // natural_person | organization
    organizationType: text("organization_type"), // commercial | research | public_interest | legal_service | other
    name: text("name").notNull(),
    idType: text("id_type"),
    idNumberEnc: text("id_number_enc"),
    idNumberIndex: text("id_number_index"),
    idNumberMasked: text("id_number_masked"),
    creditCodeEnc: text("credit_code_enc"),
    creditCodeIndex: text("credit_code_index"),
    creditCodeMasked: text("credit_code_masked"),
    legalRepresentative: text("legal_representative"),
    contactName: text("contact_name"),
    phone: text("phone").notNull(),
    email: text("email"),
    address: text("address"),
    postalCode: text("postal_code"),
    userId: uuid("user_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("applicants_id_number_index_idx").on(t.idNumberIndex),
    index("applicants_credit_code_index_idx").on(t.creditCodeIndex),
    index("applicants_user_idx").on(t.userId),
  ],
);

export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trackingNumber: text("tracking_number").notNull(),
    trackingYear: integer("tracking_year").notNull(),
    trackingSeq: integer("tracking_seq").notNull(),
    /** HMAC-SHA-256 of the query code under a key derived from DATA_ENCRYPTION_KEY. */
    queryCodeHash: text("query_code_hash").notNull(),
    status: text("status").notNull().default("received"),
    version: integer("version").notNull().default(1),
    channel: text("channel").notNull(), // in_person | fax | email | online | letter | other
    receivedAt: date("received_at", { mode: "string" }).notNull(),
    dueDate: date("due_date", { mode: "string" }),
    dueDateProvisional: boolean("due_date_provisional").notNull().default(false),
    applicantId: uuid("applicant_id")
      .notNull()
      .references(() => applicants.id),
    /** The citizen account that filed it online (null for visitors and staff-registered requests). */
    citizenUserId: uuid("citizen_user_id").references(() => users.id),
    infoTitle: text("info_title"),
    infoDocumentNumber: text("info_document_number"),
    infoDescription: text("info_description").notNull(),
    purpose: text("purpose"),
    form: text("form").notNull(), // paper | email | disc | other
    delivery: text("delivery").notNull(), // post | email | pickup | onsite | online
    departmentId: uuid("department_id").references(() => departments.id),
    assigneeId: uuid("assignee_id").references(() => users.id),
    /** Workflow facts (clarification, consultations, fee, extension) as the domain module defines them. */
    facts: jsonb("facts").notNull().default(sql`'{}'::jsonb`),
    outcome: text("outcome"),
    reasonCode: text("reason_code"),
    repliedAt: date("replied_at", { mode: "string" }),
    endingCode: text("ending_code"),
    endedAt: date("ended_at", { mode: "string" }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("cases_tracking_number_key").on(t.trackingNumber),
    index("cases_status_due_idx").on(t.status, t.dueDate),
    index("cases_received_idx").on(t.receivedAt),
    index("cases_citizen_idx").on(t.citizenUserId, t.createdAt),
    index("cases_applicant_idx").on(t.applicantId),
  ],
);

/** File contents live behind one storage interface; this is the PostgreSQL-backed store. */
export const storedFiles = pgTable("stored_files", {
  id: uuid("id").primaryKey().defaultRandom(),
  sha256: text("sha256").notNull(),
  size: integer("size").notNull(),
  contentType: text("content_type").notNull(),
  content: bytea("content"),
  /** Set when the bytes live elsewhere (S3-compatible storage). */
  externalKey: text("external_key"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const caseFiles = pgTable(
  "case_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    storedFileId: uuid("stored_file_id")
      .notNull()
      .references(() => storedFiles.id),
    /** id_document | authorization | attachment | letter_scan | supplement | released | document */
    kind: text("kind").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    /** Whether the applicant sees it (their own uploads, documents served, released files). */
    visibleToApplicant: boolean("visible_to_applicant").notNull().default(true),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("case_files_case_idx").on(t.caseId)],
);

/** Replays of POST /api/v1/requests with the same Idempotency-Key within 24 h return the stored answer. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    status: integer("status").notNull(),
    /** The response body, encrypted (it holds the query code); purged after 24 h. */
    responseEnc: text("response_enc").notNull(),
    caseId: uuid("case_id").references(() => cases.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

/** Text the applicant sent with a case step (the 补正 supplement); files go to case_files with the same kind. */
export const caseMessages = pgTable(
  "case_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind").notNull(), // clarification_supplement
    body: text("body").notNull(),
    authorKind: text("author_kind").notNull(), // applicant | staff
    authorUserId: uuid("author_user_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("case_messages_case_idx").on(t.caseId)],
);
