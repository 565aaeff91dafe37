import crypto from "node:crypto";
import type { Db, Tx } from "@/db";
import { computeDueDate } from "@/lib/domain/calendar";
import { documentKindDefinition, informationSummary } from "@/lib/domain/documents";
import { maskCreditCode, maskResidentId, normalizeCreditCode, normalizeResidentId } from "@/lib/domain/identity";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { auditRow, type Actor } from "@/lib/server/audit/record-audit";
import { blindIndex, encryptText } from "@/lib/server/crypto/personal-data";
import { generateQueryCode, hashQueryCode } from "@/lib/server/crypto/query-code";
import { caseValues, type CaseDocumentContext } from "@/lib/server/documents/case-document-context";
import { composeDocument } from "@/lib/server/documents/compose-document";
import { documentIssuedMail } from "@/lib/server/documents/notify-document-issued";
import { outboxRow, type OutgoingMail } from "@/lib/server/mail/enqueue-mail";
import { fileStore } from "@/lib/server/storage/file-store";
import type { RequestChannel, RequestInput } from "@/lib/validation/request";
import { loadIntakeContext, type IntakeContext } from "./load-intake-context";
import { insertNewCases, NUMBER_SLOTS, type AssignedNumbers, type NewCaseRows } from "./insert-new-cases";
import { writeInBatch } from "./write-intake-batch";

export type IncomingFile = { kind: "id_document" | "authorization" | "attachment" | "letter_scan"; fileName: string; contentType: string; bytes: Buffer };

export type NewCase = {
  request: RequestInput;
  channel: RequestChannel;
  /** Art. 31 received date (YYYY-MM-DD, Asia/Shanghai): today online, as entered by staff otherwise. */
  receivedAt: string;
  /** Today in Asia/Shanghai; the tracking number's year. */
  today: string;
  files: IncomingFile[];
  citizenUserId?: string | null;
  /** The applicant filed it themselves online (audited as submitted); otherwise staff or an integration registered it. */
  submittedByApplicant?: boolean;
  actor: Actor;
  locale: Locale;
  requestId?: string | null;
};

export type CreatedCase = {
  caseId: string;
  trackingNumber: string;
  queryCode: string;
  receivedAt: string;
  dueDate: string;
  dueDateProvisional: boolean;
  status: "received";
};

/**
 * Creates a case: applicant (personal identifiers encrypted), case, files, audit events, acknowledgement (受理回执,
 * numbered, with its own audit event and mail), the acknowledgement mail, tracking number and query code.
 * Everything that does not need the numbers (reads, encryption, hashing, rendering) happens first, without any
 * lock; then one statement takes the year's counters and writes it all (insert-new-cases.ts), so submissions
 * queue on the counter row only for that statement and its commit. Submissions arriving together share that
 * statement (write-intake-batch.ts). Any failure writes nothing.
 * `beforeCommit` lets the caller add its own rows (an idempotency record) to the same transaction.
 */
export async function createRequest(db: Db, input: NewCase, beforeCommit?: (tx: Tx, created: CreatedCase) => Promise<void>): Promise<CreatedCase> {
  const queryCode = generateQueryCode();
  const personal = personalData(input.request.applicant);
  const build = (ctx: IntakeContext) => newCaseRows(input, ctx, queryCode, personal);
  const created = (rows: NewCaseRows, numbers: AssignedNumbers): CreatedCase => ({
    caseId: rows.case.id,
    trackingNumber: numbers.trackingNumber,
    queryCode,
    receivedAt: input.receivedAt,
    dueDate: rows.case.dueDate!,
    dueDateProvisional: rows.case.dueDateProvisional === true,
    status: "received",
  });

  // The common case (an online form or API call without files): batched with concurrent submissions, no transaction.
  if (input.files.length === 0 && !beforeCommit) {
    const { rows, numbers } = await writeInBatch(db, build);
    return created(rows, numbers);
  }

  const rows = build(await loadIntakeContext(db));
  return db.transaction(async (tx) => {
    const uploadedBy = "userId" in input.actor ? input.actor.userId : null;
    for (const file of input.files) {
      const stored = await fileStore().put(tx, file.bytes, file.contentType);
      rows.files.push({ caseId: rows.case.id, storedFileId: stored.id, kind: file.kind, fileName: file.fileName, contentType: file.contentType, size: stored.size, uploadedBy });
    }
    const [numbers] = await insertNewCases(tx, [rows]);
    const result = created(rows, numbers!);
    if (beforeCommit) await beforeCommit(tx, result);
    return result;
  });
}

type PersonalData = ReturnType<typeof personalData>;

/** The applicant's identifiers as stored: encrypted, blind-indexed for exact search, masked for lists. */
function personalData(applicant: RequestInput["applicant"]) {
  const idNumber = applicant.type === "natural_person" && applicant.idNumber ? normalizeForType(applicant.idType, applicant.idNumber) : null;
  const creditCode = applicant.type === "organization" && applicant.creditCode ? normalizeCreditCode(applicant.creditCode) : null;
  return {
    idNumberEnc: idNumber ? encryptText(idNumber) : null,
    idNumberIndex: idNumber ? blindIndex(idNumber) : null,
    idNumberMasked: idNumber ? (applicant.type === "natural_person" && applicant.idType === "resident_id" ? maskResidentId(idNumber) : maskOther(idNumber)) : null,
    creditCodeEnc: creditCode ? encryptText(creditCode) : null,
    creditCodeIndex: creditCode ? blindIndex(creditCode) : null,
    creditCodeMasked: creditCode ? maskCreditCode(creditCode) : null,
  };
}

const dueDates = new WeakMap<IntakeContext, Map<string, { dueDate: string; provisional: boolean }>>();

/** The due date of a case received on `receivedAt`, computed once per context (a batch shares its receipt date). */
function dueDateFor(ctx: IntakeContext, receivedAt: string): { dueDate: string; provisional: boolean } {
  let byDate = dueDates.get(ctx);
  if (!byDate) dueDates.set(ctx, (byDate = new Map()));
  let due = byDate.get(receivedAt);
  if (!due) {
    const computed = computeDueDate(ctx.calendar, { receivedAt, stops: [] });
    byDate.set(receivedAt, (due = { dueDate: computed.dueDate!, provisional: computed.provisional }));
  }
  return due;
}

/** The rows of the new case, texts rendered with the number slots (insert-new-cases.ts fills them). */
function newCaseRows(input: NewCase, settings: IntakeContext, queryCode: string, personal: PersonalData): NewCaseRows {
  const due = dueDateFor(settings, input.receivedAt);
  const { applicant, information } = input.request;
  const year = Number(input.today.slice(0, 4));
  const caseId = crypto.randomUUID();
  const applicantId = crypto.randomUUID();
  const documentId = crypto.randomUUID();
  const actorUserId = "userId" in input.actor ? input.actor.userId : null;
  const trackingNumber = NUMBER_SLOTS.trackingNumber;

  // 受理回执: the acknowledgement template, as generateCaseDocument fills it for any other document.
  const ctx = {
    caseId,
    trackingNumber,
    citizenUserId: input.citizenUserId ?? null,
    citizenLocale: null,
    applicantName: applicant.name,
    applicantEmail: applicant.email ?? null,
    receivedAt: input.receivedAt,
    dueDate: due.dueDate,
    information: informationSummary(information.title ?? null, information.description),
    facts: {},
    agencyName: settings.agencyName,
  } satisfies CaseDocumentContext;
  const issuedOn = input.today;
  const documentNumber = NUMBER_SLOTS.documentNumber;
  const composed = composeDocument("acknowledgement", settings.template, { ...caseValues(ctx), date: issuedOn, documentNumber });
  const visibleToApplicant = documentKindDefinition("acknowledgement").visibleToApplicant;

  const audit = [
    auditRow({
      actor: input.actor,
      action: input.submittedByApplicant ? "case.submitted" : "case.registered",
      entityType: "case",
      entityId: caseId,
      caseId,
      requestId: input.requestId,
      after: {
        trackingNumber,
        status: "received",
        channel: input.channel,
        receivedAt: input.receivedAt,
        dueDate: due.dueDate,
        dueDateProvisional: due.provisional,
        applicantType: applicant.type,
        files: input.files.map((f) => ({ kind: f.kind, name: f.fileName, size: f.bytes.length })),
      },
    }),
    auditRow({
      actor: input.actor,
      action: "case.document_issued",
      entityType: "case_document",
      entityId: documentId,
      caseId,
      requestId: input.requestId,
      after: {
        documentId,
        kind: "acknowledgement",
        documentNumber,
        title: composed.title,
        issuedOn,
        templateId: settings.template.id,
        templateVersion: settings.template.version,
        writtenByStaff: false,
        visibleToApplicant,
        missingPlaceholders: composed.missing,
      },
    }),
  ];

  const mails: OutgoingMail[] = [];
  if (applicant.email) {
    const t = translatorFor(input.locale);
    mails.push({
      to: applicant.email,
      subject: t("mail.requestReceived.subject", { trackingNumber }),
      text: t("mail.requestReceived.body", { name: applicant.name, trackingNumber, queryCode, receivedAt: input.receivedAt, dueDate: due.dueDate }),
      template: "request_received",
      caseId,
    });
  }
  const issuedMail = visibleToApplicant ? documentIssuedMail(ctx, { title: composed.title, documentNumber }, input.locale) : null;
  if (issuedMail) mails.push(issuedMail);

  return {
    prefix: settings.prefix,
    year,
    applicant: {
      id: applicantId,
      type: applicant.type,
      organizationType: applicant.type === "organization" ? (applicant.organizationType ?? null) : null,
      name: applicant.name,
      idType: applicant.type === "natural_person" ? (applicant.idType ?? null) : null,
      ...personal,
      legalRepresentative: applicant.type === "organization" ? (applicant.legalRepresentative ?? null) : null,
      contactName: applicant.contactName ?? null,
      phone: applicant.phone,
      email: applicant.email ?? null,
      address: applicant.address ?? null,
      postalCode: applicant.postalCode ?? null,
      userId: input.citizenUserId ?? null,
    },
    case: {
      id: caseId,
      queryCodeHash: hashQueryCode(queryCode),
      status: "received",
      channel: input.channel,
      receivedAt: input.receivedAt,
      dueDate: due.dueDate,
      dueDateProvisional: due.provisional,
      applicantId,
      citizenUserId: input.citizenUserId ?? null,
      infoTitle: information.title ?? null,
      infoDocumentNumber: information.documentNumber ?? null,
      infoDescription: information.description,
      purpose: input.request.purpose ?? null,
      form: input.request.form,
      delivery: input.request.delivery,
      createdBy: actorUserId,
    },
    files: [],
    document: {
      id: documentId,
      caseId,
      kind: "acknowledgement",
      templateId: settings.template.id,
      templateVersion: settings.template.version,
      title: composed.title,
      body: composed.body,
      agencyName: settings.agencyName,
      issuedOn,
      visibleToApplicant,
      createdBy: actorUserId,
    },
    audit,
    mails: mails.map(outboxRow),
  };
}

function normalizeForType(idType: string | undefined, value: string): string {
  return idType === "resident_id" ? normalizeResidentId(value) : value.trim().toUpperCase();
}

function maskOther(value: string): string {
  return value.length <= 4 ? "*".repeat(value.length) : `${value.slice(0, 2)}${"*".repeat(value.length - 4)}${value.slice(-2)}`;
}
