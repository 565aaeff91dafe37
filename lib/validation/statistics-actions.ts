import { z } from "zod";
import { createAppealSchema, updateAppealSchema } from "./appeals";
import { saveManualFiguresSchema } from "./manual-figures";
import { parseStatisticsYear } from "./statistics";

/**
 * What the supervisor's statistics screens and the case page's appeals panel send to their server actions:
 * the API's own schemas (manual figures, appeals) wrapped with the year or case they apply to.
 */

/** A report year (2008 … this year), from a form or a hidden field. */
export const statisticsYear = z.preprocess(
  (v) => parseStatisticsYear(v) ?? v,
  z.number({ message: "validation.invalidOption" }).int({ message: "validation.invalidOption" }).refine((y) => parseStatisticsYear(y) !== null, {
    message: "validation.invalidOption",
  }),
);

/** A department scope: a department id, or null for the whole agency. */
const departmentScope = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid({ message: "validation.invalidType" }).nullable());

export const saveManualFiguresActionSchema = saveManualFiguresSchema.extend({ year: statisticsYear });
export type SaveManualFiguresActionInput = z.input<typeof saveManualFiguresActionSchema>;

export const publishStatisticsActionSchema = z.strictObject({ year: statisticsYear, departmentId: departmentScope });

const REPORT_PROSE_MAX = 20_000;

const prose = z
  .string({ message: "validation.invalidType" })
  .max(REPORT_PROSE_MAX, { message: "validation.tooLong" })
  // Line breaks and tabs are prose; other control characters are not.
  .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), { message: "validation.text.controlChars" })
  .refine((v) => v.isWellFormed(), { message: "validation.text.invalidUnicode" })
  .transform((v) => v.replace(/\r\n?/g, "\n").trim());

/** 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项 (each may stay empty until written). */
export const reportProseSchema = z.strictObject({ overview: prose, problems: prose, other: prose });
export type ReportProse = z.output<typeof reportProseSchema>;

/** Saving the prose as a new version; `expectedVersion` is the version the form was based on (null: none yet). */
export const saveReportProseSchema = z.strictObject({
  year: statisticsYear,
  expectedVersion: z.number({ message: "validation.invalidType" }).int().positive().nullable(),
  prose: reportProseSchema,
});
export type SaveReportProseInput = z.output<typeof saveReportProseSchema>;

const trackingNumber = z.string({ message: "validation.invalidType" }).trim().min(1, { message: "validation.required" }).max(40, { message: "validation.tooLong" });

/** The case page's "登记复议、诉讼或申诉". */
export const createAppealActionSchema = z.strictObject({ trackingNumber, appeal: createAppealSchema });
export type CreateAppealActionInput = z.input<typeof createAppealActionSchema>;

/** The case page's "修改" of one appeal (version-checked). */
export const updateAppealActionSchema = z.strictObject({ trackingNumber, appealId: z.uuid({ message: "validation.invalidType" }), changes: updateAppealSchema });
export type UpdateAppealActionInput = z.input<typeof updateAppealActionSchema>;
