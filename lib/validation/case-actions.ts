import { z } from "zod";
import { OUTCOMES } from "@/lib/domain/outcomes";
// Straight from case-facts: the workflow index pulls in the calendar (chinese-days), which client forms must not bundle.
import { CONSULTATION_KINDS } from "@/lib/domain/workflow/case-facts";

const isoDate = z
  .string({ message: "validation.date.invalid" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "validation.date.invalid" })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, { message: "validation.date.invalid" });

const text = (max: number) =>
  z
    .string({ message: "validation.invalidType" })
    .trim()
    .min(1, { message: "validation.required" })
    .max(max, { message: "validation.tooLong" })
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), { message: "validation.text.controlChars" })
    .refine((v) => v.isWellFormed(), { message: "validation.text.invalidUnicode" });

const version = z.number({ message: "validation.invalidType" }).int().positive();
const base = { expectedVersion: version };
/** The document the action issues (补正告知书, 征求意见函, 收费通知, 延期答复告知书) as staff edited it before sending. */
const documentText = text(50_000).optional();

/** POST /api/v1/cases/{trackingNumber}/actions — one strict object per action (unknown keys are invalid). */
export const caseActionSchema = z.discriminatedUnion(
  "action",
  [
    z.strictObject({ action: z.literal("assign"), ...base, assigneeEmail: z.email({ message: "validation.email.invalid" }).nullable().optional(), departmentId: z.uuid({ message: "validation.invalidType" }).nullable().optional() }),
    z.strictObject({ action: z.literal("request_clarification"), ...base, message: text(5000), deadline: isoDate, documentText }),
    z.strictObject({ action: z.literal("receive_clarification"), ...base, receivedAt: isoDate, lateReason: text(2000).optional() }),
    z.strictObject({ action: z.literal("start_consultation"), ...base, party: text(200), kind: z.enum(CONSULTATION_KINDS, { message: "validation.invalidOption" }).optional(), startedAt: isoDate.optional(), documentText }),
    z.strictObject({ action: z.literal("end_consultation"), ...base, endedAt: isoDate, consultationId: z.string().max(20).optional() }),
    z.strictObject({ action: z.literal("issue_fee_notice"), ...base, amountYuan: z.number({ message: "validation.invalidType" }).positive({ message: "validation.amount.invalid" }).max(1_000_000, { message: "validation.amount.invalid" }), deadline: isoDate.optional(), documentText }),
    z.strictObject({ action: z.literal("record_fee_payment"), ...base, paidAt: isoDate }),
    z.strictObject({ action: z.literal("request_extension"), ...base, reason: text(2000) }),
    z.strictObject({ action: z.literal("approve_extension"), ...base, workingDays: z.number().int().min(1).max(20).optional(), documentText }),
    z.strictObject({ action: z.literal("refuse_extension"), ...base, note: text(2000).optional() }),
    z.strictObject({
      action: z.literal("reply"),
      ...base,
      outcome: z.enum(OUTCOMES, { message: "validation.invalidOption" }),
      reasonCode: z.string({ message: "validation.required" }).max(10),
      letter: text(50_000).optional(),
      legalBasis: text(2000).optional(),
      repliedAt: isoDate.optional(),
    }),
    z.strictObject({ action: z.literal("withdraw"), ...base, withdrawnAt: isoDate.optional(), note: text(2000).optional() }),
    z.strictObject({ action: z.literal("abandon"), ...base }),
    z.strictObject({ action: z.literal("close"), ...base }),
  ],
  { message: "validation.action.unknown" },
);

export type CaseActionInput = z.infer<typeof caseActionSchema>;

export const caseListQuerySchema = z.strictObject({
  status: z.enum(["received", "awaiting_clarification", "awaiting_fee", "replied", "withdrawn", "abandoned", "closed"], { message: "validation.invalidOption" }).optional(),
  overdue: z.enum(["true", "false"], { message: "validation.invalidOption" }).optional(),
  year: z.coerce.number({ message: "validation.invalidType" }).int().min(2008).max(2100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
