"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/server/actions/action";
import { publishStatistics } from "@/lib/server/statistics/publish-statistics";
import { saveManualFigures } from "@/lib/server/statistics/save-manual-figures";
import { saveReportProse } from "@/lib/server/statistics/save-report-prose";
import { publishStatisticsActionSchema, saveManualFiguresActionSchema, saveReportProseSchema } from "@/lib/validation/statistics-actions";

/** A refusal the form shows in words: the catalog key travels under `reason` (translated by authedAction). */
function refuse(e: unknown, keys: Record<string, string>): never {
  if (e instanceof AppError) {
    const key = (e.reason && keys[e.reason]) || keys[e.code];
    if (key) throw new AppError(e.code, { ...e.fields, reason: key }, e.headers, e.reason);
  }
  throw e;
}

/** Publish (freeze) the year for the agency or a department: version N+1; refused while any check fails. */
export const publishStatisticsAction = authedAction(publishStatisticsActionSchema, "statistics.publish", async (input, { user }) => {
  try {
    const result = await publishStatistics(await getDb(), { year: input.year, departmentId: input.departmentId, actor: { kind: "user", userId: user.id } });
    return { version: result.version, publishedAt: result.publishedAt.toISOString() };
  } catch (e) {
    refuse(e, { "statistics.checksFailed": "statistics.publish.checksFailed", "statistics.publishedConcurrently": "statistics.publish.conflict", conflict: "statistics.publish.conflict" });
  } finally {
    revalidatePath("/supervisor/statistics");
  }
});

/** The year's manual figures as a new version; 409 when someone saved since the form was loaded. */
export const saveManualFiguresAction = authedAction(saveManualFiguresActionSchema, "statistics.publish", async (input, { user }) => {
  try {
    const saved = await saveManualFigures(await getDb(), { year: input.year, expectedVersion: input.expectedVersion, figures: input.figures, actor: { kind: "user", userId: user.id } });
    return { version: saved.version };
  } catch (e) {
    refuse(e, { "manualFigures.stale": "statistics.manualFigures.stale" });
  } finally {
    revalidatePath("/supervisor/statistics");
  }
});

/** The annual report's prose (sections 一, 五, 六) as a new version; 409 on a stale form. */
export const saveReportProseAction = authedAction(saveReportProseSchema, "statistics.publish", async (input, { user }) => {
  try {
    const saved = await saveReportProse(await getDb(), { ...input, actor: { kind: "user", userId: user.id } });
    return { version: saved.version };
  } catch (e) {
    refuse(e, { "reportProse.stale": "statistics.report.stale" });
  } finally {
    revalidatePath("/supervisor/statistics/report");
  }
});
