import "server-only";
import type { Db } from "@/db";
import type { AuditFilter } from "@/lib/validation/admin";
import { listAuditEvents, type AuditEventRow } from "./list-audit-events";

const BATCH = 1000;
/** An export stops here; narrow the filter for more. */
export const AUDIT_EXPORT_MAX_ROWS = 200_000;

export const AUDIT_CSV_COLUMNS = ["id", "at", "actor_kind", "actor_email", "actor_name", "action", "entity_type", "entity_id", "tracking_number", "before", "after", "request_id"] as const;

/** One CSV field: quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A timestamp in Asia/Shanghai, e.g. 2026-11-30 09:15:02 (UTC+8, no DST). */
export function shanghaiTimestamp(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().replace("T", " ").slice(0, 19);
}

function csvLine(e: AuditEventRow): string {
  return [e.id, shanghaiTimestamp(e.at), e.actorKind, e.actorEmail, e.actorName, e.action, e.entityType, e.entityId, e.trackingNumber, e.before, e.after, e.requestId]
    .map(csvField)
    .join(",");
}

/**
 * The filtered events as CSV (UTF-8 with a BOM, so Excel reads the Chinese right; CRLF line ends), streamed
 * in keyset batches so a large export never sits in memory.
 */
export function auditCsvStream(filter: AuditFilter, db?: Db): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let before = filter.before;
  let written = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${AUDIT_CSV_COLUMNS.join(",")}\r\n`));
        return;
      }
      const { events, nextBefore } = await listAuditEvents({ ...filter, before }, Math.min(BATCH, AUDIT_EXPORT_MAX_ROWS - written), db);
      if (events.length) controller.enqueue(encoder.encode(events.map((e) => `${csvLine(e)}\r\n`).join("")));
      written += events.length;
      if (nextBefore === null || written >= AUDIT_EXPORT_MAX_ROWS) controller.close();
      else before = nextBefore;
    },
  });
}
