import { z } from "zod";
import { isIsoCalendarDate } from "@/lib/domain/identity/calendar-date";
import { optionalText, requiredText } from "./fields";

/** Message keys of the admin catalog (lib/i18n/messages/<locale>/admin.json), translated where they are shown. */
const V = "admin.validation.";

// ---------------------------------------------------------------------------------------------- shared bits

const email = z
  .string({ message: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { message: "validation.required" })
  .max(254, { message: "validation.email.tooLong" })
  .pipe(z.email({ message: "validation.email.invalid" }));

const id = z.uuid({ message: "validation.invalidType" });

/** "" (an unselected <select>) means "none". */
const optionalId = z.union([z.literal(""), z.uuid({ message: "validation.invalidOption" })]).optional();

const isoDate = z
  .string({ message: "validation.date.invalid" })
  .trim()
  .refine(isIsoCalendarDate, { message: "validation.date.invalid" });

const optionalIsoDate = z
  .string()
  .trim()
  .refine((v) => v === "" || isIsoCalendarDate(v), { message: "validation.date.invalid" })
  .optional();

/** Years the calendar covers: chinese-days' data starts in 2004; the statutory rule runs to 2099. */
export const CALENDAR_FIRST_YEAR = 2004;
export const CALENDAR_LAST_YEAR = 2099;
const year = z.coerce
  .number({ message: `${V}year` })
  .int({ message: `${V}year` })
  .min(CALENDAR_FIRST_YEAR, { message: `${V}year` })
  .max(CALENDAR_LAST_YEAR, { message: `${V}year` });

// --------------------------------------------------------------------------------------------- agency settings

export const TRACKING_PREFIX = /^[A-Z]{2,6}$/;

export const agencySettingsSchema = z.strictObject({
  name: requiredText({ max: 200 }),
  address: optionalText({ max: 200 }),
  contact: optionalText({ max: 200 }),
  sealText: optionalText({ max: 100 }),
  trackingPrefix: z
    .string({ message: "validation.required" })
    .trim()
    .toUpperCase()
    .min(1, { message: "validation.required" })
    .refine((v) => TRACKING_PREFIX.test(v), { message: `${V}trackingPrefix` }),
  replyDeadlineWording: optionalText({ max: 1000, multiline: true }),
});
export type AgencySettingsInput = z.input<typeof agencySettingsSchema>;
export type AgencySettings = z.output<typeof agencySettingsSchema>;

// ------------------------------------------------------------------------------------------------------ users

/** The roles an admin hands out here; citizens register themselves. */
export const STAFF_ROLES = ["staff", "supervisor", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const staffRoles = z
  .array(z.enum(STAFF_ROLES, { message: "validation.invalidOption" }), { message: `${V}rolesRequired` })
  .min(1, { message: `${V}rolesRequired` })
  .transform((roles) => STAFF_ROLES.filter((r) => roles.includes(r)));

const newPassword = z
  .string()
  .max(200, { message: "validation.tooLong" })
  .optional();

export const createUserSchema = z
  .strictObject({
    name: requiredText({ max: 100 }),
    email,
    roles: staffRoles,
    departmentId: optionalId,
    /** "link": the user sets a password from a one-time link mailed to them; "password": the admin sets one. */
    credential: z.enum(["link", "password"], { message: "validation.invalidOption" }),
    password: newPassword,
  })
  .superRefine((v, ctx) => {
    if (v.credential !== "password") return;
    const p = v.password ?? "";
    if (p === "") ctx.addIssue({ code: "custom", path: ["password"], message: "validation.required" });
    else if (p.length < 10) ctx.addIssue({ code: "custom", path: ["password"], message: "validation.password.tooShort" });
    else if (!/[A-Za-z]/.test(p) || !/\d/.test(p)) ctx.addIssue({ code: "custom", path: ["password"], message: "validation.password.weak" });
  });
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserAccessSchema = z.strictObject({
  userId: id,
  roles: staffRoles,
  departmentId: optionalId,
});
export type UpdateUserAccessInput = z.input<typeof updateUserAccessSchema>;

export const userIdSchema = z.strictObject({ userId: id });
export const userStatusSchema = z.strictObject({ userId: id, disabled: z.boolean() });

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(["staff", "citizens"]).optional().catch(undefined),
});

// ------------------------------------------------------------------------------------------------ departments

export const DEPARTMENT_CODE = /^[A-Z0-9][A-Z0-9_-]{0,19}$/;

export const createDepartmentSchema = z.strictObject({
  name: requiredText({ max: 100 }),
  code: z
    .string({ message: "validation.required" })
    .trim()
    .toUpperCase()
    .min(1, { message: "validation.required" })
    .refine((v) => DEPARTMENT_CODE.test(v), { message: `${V}departmentCode` }),
  parentId: optionalId,
});
export type CreateDepartmentInput = z.input<typeof createDepartmentSchema>;

export const renameDepartmentSchema = z.strictObject({ departmentId: id, name: requiredText({ max: 100 }) });
export type RenameDepartmentInput = z.input<typeof renameDepartmentSchema>;

export const moveDepartmentSchema = z.strictObject({ departmentId: id, parentId: optionalId });
export type MoveDepartmentInput = z.input<typeof moveDepartmentSchema>;

// ------------------------------------------------------------------------------------------------- API tokens

export const createTokenSchema = z.strictObject({
  name: requiredText({ max: 100 }),
  ownerEmail: email,
  expiresDays: z.coerce
    .number({ message: `${V}expiresDays` })
    .int({ message: `${V}expiresDays` })
    .min(1, { message: `${V}expiresDays` })
    .max(3650, { message: `${V}expiresDays` }),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const revokeTokenSchema = z.strictObject({ tokenId: id });

// --------------------------------------------------------------------------------------------------- calendar

export const OVERRIDE_KINDS = ["holiday", "workday"] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

export type NoticeEntry = { date: string; kind: OverrideKind; note: string | null };
export type NoticeLineProblem = { line: number; text: string; problem: "format" | "date" | "kind" | "year" | "range" | "duplicate" };

const KIND_WORDS: Record<string, OverrideKind> = {
  holiday: "holiday",
  休: "holiday",
  假: "holiday",
  放假: "holiday",
  workday: "workday",
  班: "workday",
  上班: "workday",
};

const LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:~|～|\.\.|至)\s*(\d{4}-\d{2}-\d{2}))?\s+(\S+)(?:\s+(.+))?$/;
const MAX_RANGE_DAYS = 31;

function nextIsoDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Reads a State Council notice typed as lines `YYYY-MM-DD holiday|workday note` (also 休/班, and ranges
 * `2027-10-01~2027-10-07 holiday 国庆节`). Every date must lie in `year`. Blank lines and `#` comments are skipped.
 */
export function parseNoticeLines(text: string, forYear: number): { entries: NoticeEntry[]; problems: NoticeLineProblem[] } {
  const entries: NoticeEntry[] = [];
  const problems: NoticeLineProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const m = LINE.exec(line);
    const report = (problem: NoticeLineProblem["problem"]) => problems.push({ line: i + 1, text: line, problem });
    if (!m) return report("format");
    const [, from, to = from, kindWord, note] = m as unknown as [string, string, string | undefined, string, string | undefined];
    if (!isIsoCalendarDate(from) || !isIsoCalendarDate(to)) return report("date");
    const kind = KIND_WORDS[kindWord.toLowerCase()];
    if (!kind) return report("kind");
    if (to < from) return report("range");
    const dates: string[] = [];
    for (let d = from; d <= to; d = nextIsoDay(d)) {
      dates.push(d);
      if (dates.length > MAX_RANGE_DAYS) return report("range");
    }
    if (dates.some((d) => Number(d.slice(0, 4)) !== forYear)) return report("year");
    if (dates.some((d) => seen.has(d))) return report("duplicate");
    for (const d of dates) {
      seen.add(d);
      entries.push({ date: d, kind, note: note?.trim().slice(0, 200) || null });
    }
  });
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { entries, problems };
}

const note = optionalText({ max: 200 });

export const overrideFormSchema = z.strictObject({
  date: isoDate,
  kind: z.enum(OVERRIDE_KINDS, { message: "validation.invalidOption" }),
  note,
});
export type OverrideFormInput = z.input<typeof overrideFormSchema>;

export const noticeFormSchema = z
  .strictObject({
    year,
    lines: z.string().max(20_000, { message: "validation.tooLong" }),
    complete: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const { entries, problems } = parseNoticeLines(v.lines, v.year);
    if (problems.length) ctx.addIssue({ code: "custom", path: ["lines"], message: `${V}noticeLines` });
    else if (entries.length === 0 && !v.complete) ctx.addIssue({ code: "custom", path: ["lines"], message: `${V}noticeEmpty` });
  });
export type NoticeFormInput = z.input<typeof noticeFormSchema>;

/** One change to the calendar: what the preview shows the effect of, and what saving applies. */
export const calendarChangeSchema = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("set"), date: isoDate, kind: z.enum(OVERRIDE_KINDS, { message: "validation.invalidOption" }), note }),
  z.strictObject({ op: z.literal("remove"), date: isoDate }),
  z.strictObject({
    op: z.literal("notice"),
    year,
    lines: z.string().max(20_000, { message: "validation.tooLong" }),
    complete: z.boolean(),
  }),
  z.strictObject({ op: z.literal("withdraw_notice"), year }),
]);
export type CalendarChangeInput = z.input<typeof calendarChangeSchema>;
export type CalendarChangeParsed = z.output<typeof calendarChangeSchema>;

// ------------------------------------------------------------------------------------------------------ audit

export const AUDIT_PAGE_SIZE = 50;

/** The audit viewer's filters, read from the query string (bad values are dropped, never an error page). */
export const auditFilterSchema = z.object({
  actor: z.string().trim().toLowerCase().max(254).optional().catch(undefined),
  case: z.string().trim().toUpperCase().max(40).optional().catch(undefined),
  action: z
    .string()
    .trim()
    .regex(/^[a-z_]+\.[a-z_]+$/)
    .optional()
    .catch(undefined),
  from: optionalIsoDate.catch(undefined),
  to: optionalIsoDate.catch(undefined),
  /** Keyset cursor: events with a smaller id than this (newest first). */
  before: z.coerce.number().int().positive().optional().catch(undefined),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

// ----------------------------------------------------------------------------------------------------- outbox

export const OUTBOX_STATUSES = ["queued", "sending", "sent", "failed"] as const;
export const outboxFilterSchema = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
});
export const mailIdSchema = z.strictObject({ mailId: id });

// -------------------------------------------------------------------------------------------------- templates

export const templateVersionSchema = z.strictObject({
  templateId: id,
  title: requiredText({ max: 200 }),
  body: requiredText({ max: 20_000, multiline: true }),
});
export type TemplateVersionInput = z.input<typeof templateVersionSchema>;

export const templatePreviewSchema = z.strictObject({
  templateId: id,
  title: z.string().max(200, { message: "validation.tooLong" }),
  body: z.string().max(20_000, { message: "validation.tooLong" }),
  trackingNumber: z
    .string({ message: "validation.required" })
    .trim()
    .toUpperCase()
    .min(1, { message: "validation.required" })
    .max(40, { message: "validation.tooLong" }),
});
export type TemplatePreviewInput = z.input<typeof templatePreviewSchema>;
