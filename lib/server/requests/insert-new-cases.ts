import crypto from "node:crypto";
import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { rowsOf, schema, type DbOrTx } from "@/db";

/**
 * Stand-ins for the two numbers a new case gets last: every text (document, mails, audit) is rendered with them
 * before the counters are touched, and the statement that takes the numbers puts each case's own in their place.
 * The random part means no applicant text can contain one; plain ASCII letters and digits, so URL-encoding keeps
 * them intact, and no JSON escaping touches them.
 */
const NONCE = crypto.randomBytes(12).toString("hex");
export const NUMBER_SLOTS = { trackingNumber: `TN${NONCE}TN`, documentNumber: `DN${NONCE}DN` } as const;

// The columns intake writes, table by table; everything else keeps its default. Each row must carry every key.
const APPLICANT = ["id", "type", "organizationType", "name", "idType", "idNumberEnc", "idNumberIndex", "idNumberMasked", "creditCodeEnc", "creditCodeIndex", "creditCodeMasked", "legalRepresentative", "contactName", "phone", "email", "address", "postalCode", "userId"] as const;
const CASE = ["id", "queryCodeHash", "status", "channel", "receivedAt", "dueDate", "dueDateProvisional", "applicantId", "citizenUserId", "infoTitle", "infoDocumentNumber", "infoDescription", "purpose", "form", "delivery", "createdBy"] as const;
const FILE = ["caseId", "storedFileId", "kind", "fileName", "contentType", "size", "uploadedBy"] as const;
const DOCUMENT = ["id", "caseId", "kind", "templateId", "templateVersion", "title", "body", "agencyName", "issuedOn", "visibleToApplicant", "createdBy"] as const;
const AUDIT = ["actorKind", "actorUserId", "action", "entityType", "entityId", "caseId", "before", "after", "requestId"] as const;
const MAIL = ["toAddress", "subject", "bodyText", "bodyHtml", "template", "caseId"] as const;

type Row<T extends PgTable, K extends readonly (keyof T["$inferInsert"])[]> = { [P in K[number]]-?: Exclude<T["$inferInsert"][P], undefined> };

/** Every row of one new case, ids chosen beforehand, numbers left to the statement (texts hold NUMBER_SLOTS). */
export type NewCaseRows = {
  prefix: string;
  /** The tracking number's and the document number's year. */
  year: number;
  applicant: Row<typeof schema.applicants, typeof APPLICANT>;
  case: Row<typeof schema.cases, typeof CASE>;
  files: Row<typeof schema.caseFiles, typeof FILE>[];
  document: Row<typeof schema.caseDocuments, typeof DOCUMENT>;
  audit: Row<typeof schema.auditEvents, typeof AUDIT>[];
  mails: Row<typeof schema.mailOutbox, typeof MAIL>[];
};

export type AssignedNumbers = { trackingNumber: string; trackingSeq: number; documentNumber: string; documentSeq: number };

/**
 * `insert into <table> (<columns>) select … from json_to_recordset($rows)`, joined to the case's numbers: one
 * statement text whatever the batch size (prepared once per connection), one parameter per table. `fills` are the
 * text or jsonb columns whose slots get the case's numbers; `numbered` adds columns computed from them.
 */
function insertRecords(table: PgTable, keys: readonly string[], records: object[], fills: readonly string[] = [], numbered: Record<string, string> = {}): SQL {
  const columns = getTableColumns(table);
  const column = (key: string) => {
    const c = columns[key];
    if (!c) throw new Error(`No column ${key}`);
    return c;
  };
  const target = [...keys.map((k) => `"${column(k).name}"`), ...Object.keys(numbered).map((c) => `"${c}"`)].join(", ");
  // The slots are hex constants of this process, written into the statement's text (no quoting needed).
  const values = keys
    .map((k) => {
      const type = column(k).getSQLType();
      if (!fills.includes(k)) return `x."${k}"`;
      const text = `replace(replace(x."${k}"::text, '${NUMBER_SLOTS.trackingNumber}', n.tracking_number), '${NUMBER_SLOTS.documentNumber}', n.document_number)`;
      return type === "text" ? text : `(${text})::${type}`;
    })
    .concat(Object.values(numbered))
    .join(", ");
  const definition = keys.map((k) => `"${k}" ${column(k).getSQLType()}`).join(", ");
  return sql`${sql.raw(`insert into "${getTableName(table)}" (${target}) select ${values} from json_to_recordset(`)}${JSON.stringify(records)}${sql.raw(
    `::json) as x(${definition}, "_case" int, "_row" int) join numbers n on n.o = x."_case" order by x."_row"`,
  )}`;
}

/** Records of one table, each tagged with its case (1-based, in batch order) and its place in the insert order. */
function tagged<T extends object>(batch: NewCaseRows[], pick: (rows: NewCaseRows) => T[]): (T & { _case: number; _row: number })[] {
  const out: (T & { _case: number; _row: number })[] = [];
  batch.forEach((rows, i) => {
    for (const r of pick(rows)) out.push({ ...r, _case: i + 1, _row: out.length + 1 });
  });
  return out;
}

/**
 * Writes a batch of new cases (one or many) in ONE statement: the year's tracking-number counter and document
 * counter are each raised by the batch size (in that order, so two intakes never deadlock) and the cases get the
 * numbers in batch order; then the applicants, cases, files, acknowledgements, audit events and mails, each
 * table in one insert. Run on its own, the statement commits at once, so the counter rows stay locked only for
 * it and its commit; inside a transaction, until that ends. A failure writes nothing and gives every number
 * back: numbers stay unique and gap-free.
 *
 * Data-modifying CTEs all run exactly once, and foreign keys are checked at the end of the statement, when every
 * row is there. Formats: GK-2026-000123 (six digits at least) and 〔2026〕第12号 (formatDocumentNumber).
 */
export async function insertNewCases(db: DbOrTx, batch: NewCaseRows[]): Promise<AssignedNumbers[]> {
  const [first] = batch;
  if (!first) return [];
  if (batch.some((b) => b.prefix !== first.prefix || b.year !== first.year)) throw new Error("One batch, one prefix and year.");
  const n = batch.length;
  const parts: SQL[] = [
    sql`tn as (
      insert into tracking_counters as k (prefix, year, last_seq) values (${first.prefix}::text, ${first.year}::int, ${n}::int)
      on conflict (prefix, year) do update set last_seq = k.last_seq + excluded.last_seq
      returning prefix, year, last_seq - ${n}::int as before)`,
    sql`dn as (
      insert into document_counters as k (year, last_seq) select year, ${n}::int from tn
      on conflict (year) do update set last_seq = k.last_seq + excluded.last_seq
      returning last_seq - ${n}::int as before)`,
    sql`numbers as (
      select o, tn.year, tn.before + o as tracking_seq,
             tn.prefix || '-' || tn.year || '-' || lpad((tn.before + o)::text, greatest(6, length((tn.before + o)::text)), '0') as tracking_number,
             dn.before + o as document_seq, '〔' || tn.year || '〕第' || (dn.before + o) || '号' as document_number
      from tn, dn, generate_series(1, ${n}::int) as o)`,
    sql`a as (${insertRecords(schema.applicants, APPLICANT, tagged(batch, (r) => [r.applicant]))})`,
    sql`c as (${insertRecords(schema.cases, CASE, tagged(batch, (r) => [r.case]), [], { tracking_number: "n.tracking_number", tracking_year: "n.year", tracking_seq: "n.tracking_seq" })})`,
    sql`f as (${insertRecords(schema.caseFiles, FILE, tagged(batch, (r) => r.files))})`,
    sql`d as (${insertRecords(schema.caseDocuments, DOCUMENT, tagged(batch, (r) => [r.document]), ["title", "body"], { number_year: "n.year", number_seq: "n.document_seq", document_number: "n.document_number" })})`,
    sql`e as (${insertRecords(schema.auditEvents, AUDIT, tagged(batch, (r) => r.audit), ["after"])})`,
    sql`m as (${insertRecords(schema.mailOutbox, MAIL, tagged(batch, (r) => r.mails), ["subject", "bodyText"])})`,
  ];
  const result = await db.execute(sql`
    with ${sql.join(parts, sql`, `)}
    select tracking_number, tracking_seq, document_number, document_seq from numbers order by o`);
  return rowsOf<{ tracking_number: string; tracking_seq: number; document_number: string; document_seq: number }>(result).map((r) => ({
    trackingNumber: r.tracking_number,
    trackingSeq: Number(r.tracking_seq),
    documentNumber: r.document_number,
    documentSeq: Number(r.document_seq),
  }));
}
