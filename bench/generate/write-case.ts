import crypto from "node:crypto";
import type { CopyWriter } from "../lib/pg-copy";
import type { DayTable } from "./day-table";
import { DocumentTemplates } from "./documents";
import { CHANNELS, DELIVERIES, FORMS, SHARES } from "./mix";
import { type Citizen, makeApplicant } from "./people";
import type { Random, Weighted } from "./random";
import { simulateCase, type SimulatedCase, type Step } from "./simulate-case";
import { vocabulary } from "./vocabulary";

export const CASE_COLUMNS = [
  "id", "tracking_number", "tracking_year", "tracking_seq", "query_code_hash", "status", "version", "channel", "received_at", "due_date",
  "due_date_provisional", "applicant_id", "citizen_user_id", "info_title", "info_document_number", "info_description", "purpose", "form",
  "delivery", "department_id", "assignee_id", "facts", "outcome", "reason_code", "replied_at", "ending_code", "ended_at", "closed_at",
  "created_by", "created_at", "updated_at",
] as const;
export const AUDIT_COLUMNS = ["at", "actor_user_id", "actor_kind", "action", "entity_type", "entity_id", "case_id", "before", "after", "request_id"] as const;
export const DOCUMENT_COLUMNS = [
  "id", "case_id", "kind", "template_id", "template_version", "number_year", "number_seq", "document_number", "title", "body", "agency_name",
  "issued_on", "visible_to_applicant", "created_by", "created_at",
] as const;
export const APPEAL_COLUMNS = [
  "id", "case_id", "kind", "filed_at", "result", "closed_at", "after_unsatisfactory_first_handling", "note", "created_by", "created_at", "updated_at", "version",
] as const;

export type Writers = { applicants: CopyWriter; cases: CopyWriter; audit: CopyWriter; documents: CopyWriter | null; appeals: CopyWriter };

/** Everything a case needs from the organisation and the run. */
export type CaseContext = {
  rng: Random;
  days: DayTable;
  today: number;
  writers: Writers;
  templates: DocumentTemplates;
  departments: Weighted<string>;
  staffByDepartment: Map<string, string[]>;
  supervisors: string[];
  citizens: Citizen[];
  agencyName: string;
  prefix: string;
  /** Next tracking sequence per year (gap-free) and next document number per year. */
  trackingSeq: Map<number, number>;
  documentSeq: Map<number, number>;
};

const HEX = "0123456789abcdef";
/** The status a workflow event leaves the case in (events not listed keep it). */
const STATUS_AFTER: Record<string, string> = {
  "case.clarification_requested": "awaiting_clarification",
  "case.clarification_received": "received",
  "case.fee_notice_issued": "awaiting_fee",
  "case.fee_paid": "received",
  "case.replied": "replied",
  "case.withdrawn": "withdrawn",
  "case.abandoned": "abandoned",
  "case.closed": "closed",
};

/** A time of day in Asia/Shanghai office hours, as a timestamptz literal. */
function at(ctx: CaseContext, day: number): string {
  const minutes = 8 * 60 + 30 + ctx.rng.int(0, 9 * 60);
  return `${ctx.days.date(day)} ${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:${String(ctx.rng.int(0, 59)).padStart(2, "0")}+08`;
}

function nextSeq(map: Map<number, number>, year: number): number {
  const n = (map.get(year) ?? 0) + 1;
  map.set(year, n);
  return n;
}

/** Generates one case received on `day` with its applicant, audit events, documents and appeal, and writes them. */
export async function writeCase(ctx: CaseContext, day: number): Promise<void> {
  const { rng, days, writers } = ctx;
  const working = days.working[day] ?? true;
  const channel = working ? CHANNELS.draw(rng) : rng.chance(0.97) ? "online" : "email";
  const staffRegistered = channel !== "online";
  const citizen = channel === "online" && rng.chance(SHARES.citizenAccount * 0.88) ? rng.pick(ctx.citizens) : null;
  const department = ctx.departments.draw(rng);
  const staff = ctx.staffByDepartment.get(department)!;
  const assignee = rng.pick(staff);
  const supervisor = rng.pick(ctx.supervisors);
  const sim = simulateCase(rng, days, day, ctx.today, staffRegistered, supervisor);

  const caseId = crypto.randomUUID();
  const applicantId = crypto.randomUUID();
  const year = Number(days.date(sim.created).slice(0, 4));
  const seq = nextSeq(ctx.trackingSeq, year);
  const trackingNumber = `${ctx.prefix}-${year}-${String(seq).padStart(6, "0")}`;
  const createdAt = at(ctx, sim.created);
  const applicant = makeApplicant(rng, applicantId, createdAt, citizen);
  await writers.applicants.row(applicant.fields);

  const receivedAt = days.date(sim.received);
  const title = rng.chance(SHARES.title) ? vocabulary.title(rng, year) : null;
  const description = vocabulary.description(rng, year);
  const lastStep = sim.steps[sim.steps.length - 1];
  const actorOf = (s: { actor: Step["actor"] }): [string | null, string] =>
    s.actor === "staff" ? [assignee, "user"] : s.actor === "supervisor" ? [supervisor, "user"] : s.actor === "system" ? [null, "system"] : citizen ? [citizen.id, "user"] : [null, "anonymous"];
  const intakeActor = staffRegistered ? ([assignee, "user"] as const) : citizen ? ([citizen.id, "user"] as const) : ([null, "anonymous"] as const);
  await writers.cases.row([
    caseId, trackingNumber, year, seq, rng.chars(HEX, 64), sim.status, sim.version, channel, receivedAt,
    sim.due === null ? null : days.date(sim.due), sim.dueProvisional, applicantId, citizen?.id ?? null, title,
    rng.chance(SHARES.documentNumber) ? vocabulary.documentNumber(rng, year) : null, description, rng.chance(SHARES.purpose) ? vocabulary.purpose(rng) : null,
    FORMS.draw(rng), DELIVERIES.draw(rng), sim.assigned ? department : null, sim.assigned ? assignee : null, JSON.stringify(sim.facts), sim.outcome,
    sim.reasonCode, sim.replied === null ? null : days.date(sim.replied), sim.endingCode, sim.ended === null ? null : days.date(sim.ended),
    sim.closed === null ? null : at(ctx, sim.closed), intakeActor[0], createdAt, lastStep ? at(ctx, lastStep.day) : createdAt,
  ]);

  // Audit: the intake, then one event per workflow step (before/after as perform-case-action writes them).
  const intakeDue = days.date(days.addWorkingDays(sim.received, 20));
  await writers.audit.row([
    createdAt, intakeActor[0], intakeActor[1], staffRegistered ? "case.registered" : "case.submitted", "case", caseId, caseId, null,
    JSON.stringify({ trackingNumber, status: "received", channel, receivedAt, dueDate: intakeDue, dueDateProvisional: false, applicantType: applicant.type, files: [] }),
    crypto.randomUUID(),
  ]);
  let version = 1;
  let status = "received";
  for (const step of sim.steps) {
    const [actorId, actorKind] = actorOf(step);
    const data = step.action === "case.assigned" ? { assigneeId: assignee, departmentId: department } : step.data;
    const next = STATUS_AFTER[step.action] ?? status;
    const dueDate = next === "received" ? intakeDue : null;
    await writers.audit.row([
      at(ctx, step.day), actorId, actorKind, step.action, "case", caseId, caseId, JSON.stringify({ status, version, dueDate: status === "received" ? intakeDue : null }),
      JSON.stringify({ status: next, version: version + 1, dueDate, date: days.date(step.day), ...data }), actorKind === "system" ? null : crypto.randomUUID(),
    ]);
    status = next;
    version++;
  }

  if (writers.documents) {
    const values: Record<string, string> = {
      applicantName: applicant.name, receivedAt, trackingNumber, information: title ?? description, dueDate: intakeDue, name: applicant.name,
    };
    const documents: { kind: string; day: number; actor: string | null }[] = [{ kind: "acknowledgement", day: sim.created, actor: intakeActor[0] }];
    for (const s of sim.steps) if (s.document) documents.push({ kind: s.document, day: s.day, actor: actorOf(s)[0] });
    for (const d of documents) {
      const template = ctx.templates.pick(d.kind, d.kind === "reply_letter" ? sim.outcome : null, d.kind === "reply_letter" ? sim.reasonCode : null);
      const issuedOn = days.date(d.day);
      const numberYear = Number(issuedOn.slice(0, 4));
      const numberSeq = nextSeq(ctx.documentSeq, numberYear);
      await writers.documents.row([
        crypto.randomUUID(), caseId, d.kind, template?.id ?? null, template?.version ?? null, numberYear, numberSeq, `〔${numberYear}〕第${numberSeq}号`,
        template?.title ?? d.kind, DocumentTemplates.render(template?.body ?? "", values), ctx.agencyName, issuedOn, true, d.actor, at(ctx, d.day),
      ]);
    }
  }

  if (sim.appeal) await writeAppeal(ctx, caseId, sim.appeal, assignee);
}

async function writeAppeal(ctx: CaseContext, caseId: string, appeal: NonNullable<SimulatedCase["appeal"]>, recordedBy: string): Promise<void> {
  const { days } = ctx;
  await ctx.writers.appeals.row([
    crypto.randomUUID(), caseId, appeal.kind, days.date(appeal.filed), appeal.result, appeal.closed === null ? null : days.date(appeal.closed),
    appeal.afterFirstHandling, null, recordedBy, at(ctx, appeal.filed), at(ctx, appeal.closed ?? appeal.filed), appeal.closed === null ? 1 : 2,
  ]);
}
