import { CASE_STATUSES } from "@/lib/domain/workflow";
import type { CaseListFilters } from "@/lib/server/cases/list-cases";

export const CHANNELS = ["in_person", "fax", "email", "online", "letter", "other"] as const;
export const APPLICANT_TYPES = ["natural_person", "organization"] as const;

/** The queue's filters as they stand in the URL (a GET form), each already checked. */
export type QueueParams = {
  status?: string;
  /** "me" or a user id. */
  assignee?: string;
  department?: string;
  channel?: string;
  applicantType?: string;
  year?: number;
  overdue?: boolean;
  dueWithin?: number;
  q?: string;
  cursor?: string;
};

type RawParams = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function one(raw: RawParams, key: string): string | undefined {
  const v = raw[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : undefined;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function wholeNumber(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\d{1,4}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** Unknown or malformed values are dropped rather than refused: a hand-edited URL still shows a queue. */
export function parseQueueParams(raw: RawParams): QueueParams {
  const assignee = one(raw, "assignee");
  const department = one(raw, "department");
  const p: QueueParams = {
    status: oneOf(one(raw, "status"), CASE_STATUSES),
    assignee: assignee === "me" || (assignee && UUID.test(assignee)) ? assignee : undefined,
    department: department && UUID.test(department) ? department : undefined,
    channel: oneOf(one(raw, "channel"), CHANNELS),
    applicantType: oneOf(one(raw, "applicantType"), APPLICANT_TYPES),
    year: wholeNumber(one(raw, "year"), 2008, 2100),
    overdue: one(raw, "overdue") === "1" ? true : undefined,
    dueWithin: wholeNumber(one(raw, "dueWithin"), 0, 60),
    q: one(raw, "q")?.slice(0, 100),
    cursor: one(raw, "cursor")?.slice(0, 200),
  };
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as QueueParams;
}

/** The server's list filters for these params (without the cursor). */
export function toCaseFilters(p: QueueParams, userId: string): CaseListFilters {
  return {
    status: p.status,
    assigneeId: p.assignee === "me" ? userId : p.assignee,
    departmentId: p.department,
    channel: p.channel,
    applicantType: p.applicantType,
    year: p.year,
    overdue: p.overdue,
    dueWithinWorkingDays: p.dueWithin,
    q: p.q,
  };
}

/** The queue URL with some filters changed (undefined removes one); any change starts again at page one. */
export function queueHref(p: QueueParams, change: Partial<Record<keyof QueueParams, string | number | boolean | undefined>> = {}): string {
  const merged: Record<string, unknown> = { ...p, cursor: undefined, ...change };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === false || value === "") continue;
    search.set(key, value === true ? "1" : String(value));
  }
  const qs = search.toString();
  return qs ? `/staff?${qs}` : "/staff";
}
