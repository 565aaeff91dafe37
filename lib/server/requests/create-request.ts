import { sql } from "drizzle-orm";
import { rowsOf, schema, type Db, type Tx } from "@/db";
import { computeDueDate } from "@/lib/domain/calendar";
import { maskCreditCode, maskResidentId, normalizeCreditCode, normalizeResidentId } from "@/lib/domain/identity";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { blindIndex, encryptText } from "@/lib/server/crypto/personal-data";
import { generateQueryCode, hashQueryCode } from "@/lib/server/crypto/query-code";
import { generateCaseDocument } from "@/lib/server/documents/generate-case-document";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { fileStore } from "@/lib/server/storage/file-store";
import type { RequestChannel, RequestInput } from "@/lib/validation/request";

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

/** Next gap-free number for the year: the counter row stays locked until this transaction ends. */
async function nextTrackingNumber(tx: Tx, year: number): Promise<{ trackingNumber: string; seq: number }> {
  const [settings] = await tx.select({ prefix: schema.agencySettings.trackingPrefix }).from(schema.agencySettings).limit(1);
  const prefix = settings?.prefix ?? "GK";
  const row = rowsOf<{ last_seq: number }>(
    await tx.execute(sql`
      insert into tracking_counters (prefix, year, last_seq) values (${prefix}, ${year}, 1)
      on conflict (prefix, year) do update set last_seq = tracking_counters.last_seq + 1
      returning last_seq`),
  )[0];
  const seq = Number(row!.last_seq);
  return { trackingNumber: `${prefix}-${year}-${String(seq).padStart(6, "0")}`, seq };
}

/**
 * Creates a case in one transaction: applicant (personal identifiers encrypted), case, files, audit event,
 * acknowledgement mail, tracking number and query code. Any failure rolls all of it back.
 * `beforeCommit` lets the caller add its own rows (an idempotency record) to the same transaction.
 */
export async function createRequest(db: Db, input: NewCase, beforeCommit?: (tx: Tx, created: CreatedCase) => Promise<void>): Promise<CreatedCase> {
  const calendar = await loadWorkCalendar(db);
  const due = computeDueDate(calendar, { receivedAt: input.receivedAt, stops: [] });
  const { applicant, information } = input.request;
  const queryCode = generateQueryCode();

  return db.transaction(async (tx) => {
    const { trackingNumber, seq } = await nextTrackingNumber(tx, Number(input.today.slice(0, 4)));
    const idNumber = applicant.type === "natural_person" && applicant.idNumber ? normalizeForType(applicant.idType, applicant.idNumber) : null;
    const creditCode = applicant.type === "organization" && applicant.creditCode ? normalizeCreditCode(applicant.creditCode) : null;

    const [applicantRow] = await tx
      .insert(schema.applicants)
      .values({
        type: applicant.type,
        organizationType: applicant.type === "organization" ? applicant.organizationType : null,
        name: applicant.name,
        idType: applicant.type === "natural_person" ? applicant.idType : null,
        idNumberEnc: idNumber ? encryptText(idNumber) : null,
        idNumberIndex: idNumber ? blindIndex(idNumber) : null,
        idNumberMasked: idNumber ? (applicant.idType === "resident_id" ? maskResidentId(idNumber) : maskOther(idNumber)) : null,
        creditCodeEnc: creditCode ? encryptText(creditCode) : null,
        creditCodeIndex: creditCode ? blindIndex(creditCode) : null,
        creditCodeMasked: creditCode ? maskCreditCode(creditCode) : null,
        legalRepresentative: applicant.type === "organization" ? (applicant.legalRepresentative ?? null) : null,
        contactName: applicant.contactName ?? null,
        phone: applicant.phone,
        email: applicant.email ?? null,
        address: applicant.address ?? null,
        postalCode: applicant.postalCode ?? null,
        userId: input.citizenUserId ?? null,
      })
      .returning({ id: schema.applicants.id });

    const [caseRow] = await tx
      .insert(schema.cases)
      .values({
        trackingNumber,
        trackingYear: Number(input.today.slice(0, 4)),
        trackingSeq: seq,
        queryCodeHash: hashQueryCode(queryCode),
        status: "received",
        channel: input.channel,
        receivedAt: input.receivedAt,
        dueDate: due.dueDate,
        dueDateProvisional: due.provisional,
        applicantId: applicantRow!.id,
        citizenUserId: input.citizenUserId ?? null,
        infoTitle: information.title ?? null,
        infoDocumentNumber: information.documentNumber ?? null,
        infoDescription: information.description,
        purpose: input.request.purpose ?? null,
        form: input.request.form,
        delivery: input.request.delivery,
        createdBy: "userId" in input.actor ? input.actor.userId : null,
      })
      .returning({ id: schema.cases.id });
    const caseId = caseRow!.id;

    for (const file of input.files) {
      const stored = await fileStore().put(tx, file.bytes, file.contentType);
      await tx.insert(schema.caseFiles).values({
        caseId,
        storedFileId: stored.id,
        kind: file.kind,
        fileName: file.fileName,
        contentType: file.contentType,
        size: stored.size,
        uploadedBy: "userId" in input.actor ? input.actor.userId : null,
      });
    }

    const created: CreatedCase = {
      caseId,
      trackingNumber,
      queryCode,
      receivedAt: input.receivedAt,
      dueDate: due.dueDate!,
      dueDateProvisional: due.provisional,
      status: "received",
    };

    await recordAudit(tx, {
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
        dueDate: created.dueDate,
        dueDateProvisional: created.dueDateProvisional,
        applicantType: applicant.type,
        files: input.files.map((f) => ({ kind: f.kind, name: f.fileName, size: f.bytes.length })),
      },
    });

    if (applicant.email) {
      const t = translatorFor(input.locale);
      await enqueueMail(tx, {
        to: applicant.email,
        subject: t("mail.requestReceived.subject", { trackingNumber }),
        text: t("mail.requestReceived.body", {
          name: applicant.name,
          trackingNumber,
          queryCode,
          receivedAt: input.receivedAt,
          dueDate: created.dueDate,
        }),
        template: "request_received",
        caseId,
      });
    }

    // 受理回执, numbered and kept with the case (its own audit event and mail).
    await generateCaseDocument(tx, { caseId, kind: "acknowledgement", actorUserId: "userId" in input.actor ? input.actor.userId : null, actor: input.actor, locale: input.locale, requestId: input.requestId });
    if (beforeCommit) await beforeCommit(tx, created);
    return created;
  });
}

function normalizeForType(idType: string | undefined, value: string): string {
  return idType === "resident_id" ? normalizeResidentId(value) : value.trim().toUpperCase();
}

function maskOther(value: string): string {
  return value.length <= 4 ? "*".repeat(value.length) : `${value.slice(0, 2)}${"*".repeat(value.length - 4)}${value.slice(-2)}`;
}
