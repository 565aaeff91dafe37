import { z } from "zod";
import { checkCreditCode, normalizeCreditCode } from "@/lib/domain/identity/credit-code";
import { isIsoCalendarDate, todayInShanghai } from "@/lib/domain/identity/calendar-date";
import { foldIdentifier } from "@/lib/domain/identity/mask";
import { normalizePhone } from "@/lib/domain/identity/phone";
import { isValidPostalCode, normalizePostalCode } from "@/lib/domain/identity/postal-code";
import { checkResidentId, normalizeResidentId } from "@/lib/domain/identity/resident-id";
import {
  bodyError,
  fieldError,
  hasIssueAt,
  isObjectPayload,
  optionalEnum,
  optionalText,
  requiredEnum,
  requiredText,
} from "./fields";
import { DESCRIPTION_MIN_LENGTH, EARLIEST_RECEIVED_DATE, TEXT_LIMITS as L } from "./limits";
import type { ValidationMessageKey } from "./messages";
import { APPLICANT_TYPES, DELIVERY_METHODS, ID_TYPES, INFORMATION_FORMS, ORGANIZATION_TYPES, REQUEST_CHANNELS } from "./request-options";

// Body of POST /api/v1/requests (a public contract: keep the names) and the staff registration form.

export * from "./request-options";

const OTHER_ID_NUMBER = /^[A-Z0-9-]{3,40}$/;
const EMAIL = z.email();

type GetToday = () => string;
type Draft = Record<string, unknown>;
type Ctx = z.core.$RefinementCtx<unknown>;

function addIssue(ctx: Ctx, path: PropertyKey[], message: ValidationMessageKey): void {
  ctx.addIssue({ code: "custom", path, message });
}

const applicantShape = {
  type: requiredEnum(APPLICANT_TYPES),
  organizationType: optionalEnum(ORGANIZATION_TYPES),
  name: requiredText({ max: L.name, tooLong: "validation.name.tooLong" }),
  idType: optionalEnum(ID_TYPES),
  // Checked against idType in checkApplicant; here only as text.
  idNumber: optionalText({}),
  creditCode: optionalText({}),
  legalRepresentative: optionalText({ max: L.legalRepresentative, tooLong: "validation.legalRepresentative.tooLong" }),
  contactName: optionalText({ max: L.contactName, tooLong: "validation.contactName.tooLong" }),
  phone: requiredText({
    max: L.phone,
    tooLong: "validation.phone.invalid",
    parse: (v) => {
      const phone = normalizePhone(v);
      return phone ? { value: phone } : { problem: "validation.phone.invalid" };
    },
  }),
  email: optionalText({
    max: L.email,
    tooLong: "validation.email.tooLong",
    parse: (v) => (EMAIL.safeParse(v).success ? { value: v } : { problem: "validation.email.invalid" }),
  }),
  address: optionalText({ max: L.address, tooLong: "validation.address.tooLong" }),
  postalCode: optionalText({
    parse: (v) =>
      isValidPostalCode(v) ? { value: normalizePostalCode(v) } : { problem: "validation.postalCode.invalid" },
  }),
};

function idNumberProblem(idType: unknown, idNumber: string, today: string): ValidationMessageKey | null {
  if (idType === "resident_id") {
    const result = checkResidentId(idNumber, today);
    return result.ok ? null : `validation.idNumber.${result.problem}`;
  }
  return OTHER_ID_NUMBER.test(foldIdentifier(idNumber)) ? null : "validation.idNumber.otherFormat";
}

/** Fields each applicant type must give, checked even when other fields failed so the form shows every problem at once. */
function checkApplicant(a: Draft, ctx: Ctx, today: string): void {
  const missing = (key: string) => a[key] === undefined && !hasIssueAt(ctx, [key]);
  if (a.type === "organization") {
    if (missing("organizationType")) addIssue(ctx, ["organizationType"], "validation.required");
    if (missing("creditCode")) addIssue(ctx, ["creditCode"], "validation.required");
    if (typeof a.creditCode === "string" && !hasIssueAt(ctx, ["creditCode"])) {
      const result = checkCreditCode(a.creditCode);
      if (!result.ok) addIssue(ctx, ["creditCode"], `validation.creditCode.${result.problem}`);
    }
  } else if (a.type === "natural_person") {
    if (missing("idType")) addIssue(ctx, ["idType"], "validation.required");
    if (missing("idNumber")) addIssue(ctx, ["idNumber"], "validation.required");
    const idTypeKnown = (ID_TYPES as readonly unknown[]).includes(a.idType);
    if (idTypeKnown && typeof a.idNumber === "string" && !hasIssueAt(ctx, ["idNumber"])) {
      const problem = idNumberProblem(a.idType, a.idNumber, today);
      if (problem) addIssue(ctx, ["idNumber"], problem);
    }
  }
}

type ApplicantFields = z.output<z.ZodObject<typeof applicantShape>>;

/**
 * Keeps only the fields of the applicant's own type, normalised: an organisation carries no personal
 * ID number and a natural person no credit code (data minimisation; a form may still hold them after the
 * type was switched).
 */
function keepOwnFields(a: ApplicantFields): ApplicantFields {
  const out: ApplicantFields = { ...a };
  if (a.type === "organization") {
    delete out.idType;
    delete out.idNumber;
    if (out.creditCode !== undefined) out.creditCode = normalizeCreditCode(out.creditCode);
  } else {
    delete out.organizationType;
    delete out.creditCode;
    delete out.legalRepresentative;
    if (out.idNumber !== undefined) {
      out.idNumber = a.idType === "resident_id" ? normalizeResidentId(out.idNumber) : foldIdentifier(out.idNumber);
    }
  }
  return out;
}

function makeApplicantSchema(getToday: GetToday) {
  return z
    .strictObject(applicantShape, { error: fieldError })
    .superRefine((a, ctx) => checkApplicant(a as Draft, ctx as Ctx, getToday()), { when: isObjectPayload })
    .transform(keepOwnFields);
}

export const informationSchema = z.strictObject(
  {
    title: optionalText({ max: L.title, tooLong: "validation.title.tooLong" }),
    documentNumber: optionalText({ max: L.documentNumber, tooLong: "validation.documentNumber.tooLong" }),
    description: requiredText({
      multiline: true,
      min: DESCRIPTION_MIN_LENGTH,
      tooShort: "validation.description.tooShort",
      max: L.description,
      tooLong: "validation.description.tooLong",
    }),
  },
  { error: fieldError },
);

/** Delivery by e-mail needs an address to send to; reported on the e-mail field, where the applicant can fix it. */
function checkDeliveryEmail(body: Draft, ctx: Ctx): void {
  const applicant = body.applicant;
  if (body.delivery !== "email" || typeof applicant !== "object" || applicant === null) return;
  if ((applicant as Draft).email === undefined && !hasIssueAt(ctx, ["applicant", "email"])) {
    addIssue(ctx, ["applicant", "email"], "validation.email.requiredForDelivery");
  }
}

function requestShape(getToday: GetToday) {
  return {
    applicant: makeApplicantSchema(getToday),
    information: informationSchema,
    purpose: optionalText({ multiline: true, max: L.purpose, tooLong: "validation.purpose.tooLong" }),
    form: requiredEnum(INFORMATION_FORMS),
    delivery: requiredEnum(DELIVERY_METHODS),
  };
}

function makeRequestSchema(getToday: GetToday) {
  return z
    .strictObject(requestShape(getToday), { error: bodyError })
    .superRefine((body, ctx) => checkDeliveryEmail(body as Draft, ctx as Ctx), { when: isObjectPayload });
}

/** POST /api/v1/requests and the citizen's form. Birth dates in ID numbers are checked against today in Asia/Shanghai at parse time. */
export const requestSchema = makeRequestSchema(() => todayInShanghai());

function receivedAtSchema(getToday: GetToday) {
  return z.string({ error: fieldError }).transform((raw, ctx) => {
    const value = raw.trim();
    const problem: ValidationMessageKey | null =
      value === ""
        ? "validation.required"
        : !isIsoCalendarDate(value)
          ? "validation.receivedAt.invalid"
          : value > getToday()
            ? "validation.receivedAt.future"
            : value < EARLIEST_RECEIVED_DATE
              ? "validation.receivedAt.tooEarly"
              : null;
    if (problem) {
      ctx.issues.push({ code: "custom", message: problem, input: raw });
      return z.NEVER;
    }
    return value;
  });
}

function buildStaffCaseSchema(getToday: GetToday) {
  return z
    .strictObject(
      { ...requestShape(getToday), channel: requiredEnum(REQUEST_CHANNELS), receivedAt: receivedAtSchema(getToday) },
      { error: bodyError },
    )
    .superRefine((body, ctx) => checkDeliveryEmail(body as Draft, ctx as Ctx), { when: isObjectPayload });
}

/** Staff registration of a request that arrived by letter, fax, e-mail, in person…; `today` is `YYYY-MM-DD` in Asia/Shanghai. */
export function makeStaffCaseSchema(today: string) {
  if (!isIsoCalendarDate(today)) throw new Error(`makeStaffCaseSchema: today must be YYYY-MM-DD, got ${JSON.stringify(today)}`);
  return buildStaffCaseSchema(() => today);
}

/** The staff schema with today taken at each parse (a schema built once at start-up must not freeze the date). */
export const staffCaseSchema = buildStaffCaseSchema(() => todayInShanghai());

/** Parsed, normalised request (what lib/server receives). */
export type RequestInput = z.output<typeof requestSchema>;
/** What a form holds before parsing. */
export type RequestFormValues = z.input<typeof requestSchema>;
export type StaffCaseInput = z.output<typeof staffCaseSchema>;
export type StaffCaseFormValues = z.input<typeof staffCaseSchema>;
export type ApplicantInput = RequestInput["applicant"];
