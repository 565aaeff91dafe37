import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { AppealDimensions, CaseDimensions, CellDefinition } from "@/lib/domain/statistics";
import { yearBounds } from "@/lib/domain/statistics";

/**
 * The SQL twin of lib/domain/statistics/year-membership.ts and appeals.ts: the per-case (per-appeal)
 * dimensions of a year as columns of a derived relation, and each cell definition compiled to a predicate
 * over those columns. Counts, id lists and drill-down lists all use these, so they cannot disagree.
 */

/** Dimension → column of the derived relations (fixed names; never user input). */
const CASE_COLUMNS: Record<keyof CaseDimensions, string> = {
  isNew: "is_new",
  isCarriedOver: "is_carried_over",
  isCarriedForward: "is_carried_forward",
  wasCarriedForwardLastYear: "was_carried_forward_last_year",
  handledCode: "handled_code",
  repliedOutcome: "replied_outcome",
  channel: "channel",
  applicantColumn: "applicant_column",
};
const APPEAL_COLUMNS: Record<keyof AppealDimensions, string> = {
  kind: "kind",
  resultAtYearEnd: "result_at_year_end",
  afterFirstHandling: "after_first_handling",
};

export const CASE_DIMENSION_COLUMNS: readonly string[] = Object.values(CASE_COLUMNS);
export const APPEAL_DIMENSION_COLUMNS: readonly string[] = Object.values(APPEAL_COLUMNS);

function fromRow<D>(columns: Record<keyof D & string, string>, row: Record<string, unknown>): D {
  return Object.fromEntries(Object.entries(columns).map(([dim, column]) => [dim, row[column as string] ?? null])) as D;
}

/** A grouped row of case_year (columns as in CASE_DIMENSION_COLUMNS) back to the domain's dimensions. */
export function caseDimensionsFromRow(row: Record<string, unknown>): CaseDimensions {
  return fromRow<CaseDimensions>(CASE_COLUMNS, row);
}

export function appealDimensionsFromRow(row: Record<string, unknown>): AppealDimensions {
  return fromRow<AppealDimensions>(APPEAL_COLUMNS, row);
}

/** `with recursive dept_tree …`: the department and everything below it (union: a cycle cannot loop). */
function departmentTree(departmentId: string): SQL {
  return sql`dept_tree(id) as (
    select id from departments where id = ${departmentId}::uuid
    union
    select d.id from departments d join dept_tree t on d.parent_id = t.id
  )`;
}

const handled = sql.raw(`coalesce(c.replied_at, c.ended_at)`);

/**
 * The cases that matter to a year: received by its end, handled (reply, else ending) on or after its start or
 * not yet. Written as one range over `coalesce(…, 'infinity')` (an open case sorts last), which is exactly the
 * leading key of cases_year_membership_idx (migration 0008): one index range, read index-only.
 */
function yearMembership(s: SQL, e: SQL): SQL {
  return sql`coalesce(c.replied_at, c.ended_at, 'infinity'::date) >= ${s} and c.received_at <= ${e}`;
}

const APPLICANT_COLUMN = sql.raw(`case a.type
        when 'natural_person' then 'naturalPerson'
        when 'organization' then case a.organization_type
          when 'commercial' then 'commercial' when 'research' then 'research' when 'public_interest' then 'publicInterest'
          when 'legal_service' then 'legalService' else 'other' end
      end`);

/**
 * The CTEs `case_year` (one row per case that matters to the year, with its dimensions and the columns a
 * list shows) and `appeal_year` (appeals filed in the year), optionally limited to a department subtree.
 */
export function yearRelations(year: number, departmentId: string | null): SQL {
  const { start, end, previousEnd } = yearBounds(year);
  const s = sql`${start}::date`;
  const e = sql`${end}::date`;
  const p = sql`${previousEnd}::date`;
  const inDepartment = departmentId ? sql`and c.department_id in (select id from dept_tree)` : sql``;
  const caseYear = sql`case_year as (
    select c.id, c.tracking_number, c.status, c.channel, c.received_at, c.replied_at, c.ended_at, c.outcome,
      c.reason_code, c.ending_code, c.info_title, c.department_id,
      (c.received_at >= ${s} and c.received_at <= ${e}) as is_new,
      (c.received_at < ${s} and (${handled} is null or ${handled} >= ${s})) as is_carried_over,
      (c.received_at <= ${e} and (${handled} is null or ${handled} > ${e})) as is_carried_forward,
      (c.received_at <= ${p} and (${handled} is null or ${handled} > ${p})) as was_carried_forward_last_year,
      case when ${handled} >= ${s} and ${handled} <= ${e} then coalesce(c.reason_code, c.ending_code) end as handled_code,
      case when c.outcome is not null and c.replied_at >= ${s} and c.replied_at <= ${e} then c.outcome end as replied_outcome,
      ${APPLICANT_COLUMN} as applicant_column
    from cases c join applicants a on a.id = c.applicant_id
    where ${yearMembership(s, e)} ${inDepartment}
  )`;
  const appealYear = appealYearRelation(year, inDepartment);
  return departmentId
    ? sql`with recursive ${departmentTree(departmentId)}, ${caseYear}, ${appealYear}`
    : sql`with ${caseYear}, ${appealYear}`;
}

function appealYearRelation(year: number, inDepartment: SQL): SQL {
  const { start, end } = yearBounds(year);
  const s = sql`${start}::date`;
  const e = sql`${end}::date`;
  return sql`appeal_year as (
    select ap.id, ap.case_id, c.tracking_number, ap.kind, ap.filed_at, ap.result, ap.closed_at,
      ap.after_unsatisfactory_first_handling as after_first_handling,
      case when ap.result <> 'pending' and ap.closed_at is not null and ap.closed_at <= ${e} then ap.result else 'pending' end
        as result_at_year_end
    from appeals ap join cases c on c.id = ap.case_id
    where ap.filed_at >= ${s} and ap.filed_at <= ${e} ${inDepartment}
  )`;
}

/**
 * For counts only: the CTE `case_groups` (the year's cases grouped by their dimensions, with `n`, the same
 * dimensions and values as grouping `case_year`) and `appeal_year`. The cases are grouped first by year-granular
 * keys that do not depend on the year asked for — receipt, handling and reply years, result code, outcome,
 * channel, applicant column — which the planner can estimate (statistics cases_year_groups_stats, migration 0008)
 * and so aggregate in parallel; each dimension is then a comparison of those years with the year.
 */
export function yearGroupRelations(year: number, departmentId: string | null): SQL {
  const { start, end } = yearBounds(year);
  const inDepartment = departmentId ? sql`and c.department_id in (select id from dept_tree)` : sql``;
  const y = sql`${year}::int`;
  const caseKeys = sql`case_keys as (
    select extract(year from c.received_at)::int as received_year,
      extract(year from coalesce(c.replied_at, c.ended_at))::int as handled_year,
      extract(year from c.replied_at)::int as replied_year,
      coalesce(c.reason_code, c.ending_code) as code, c.outcome, c.channel,
      ${APPLICANT_COLUMN} as applicant_column,
      count(*)::int as n
    from cases c join applicants a on a.id = c.applicant_id
    where ${yearMembership(sql`${start}::date`, sql`${end}::date`)} ${inDepartment}
    group by 1, 2, 3, 4, 5, 6, 7
  )`;
  // Within the year's cases (received by its end; handled on or after its start, or not yet), case_year's
  // dimensions reduce to these comparisons of years.
  const caseGroups = sql`case_groups as (
    select received_year = ${y} as is_new,
      received_year < ${y} as is_carried_over,
      (handled_year is null or handled_year > ${y}) as is_carried_forward,
      received_year < ${y} as was_carried_forward_last_year,
      case when handled_year = ${y} then code end as handled_code,
      case when outcome is not null and replied_year = ${y} then outcome end as replied_outcome,
      channel, applicant_column, sum(n)::int as n
    from case_keys
    group by 1, 2, 3, 4, 5, 6, 7, 8
  )`;
  const appealYear = appealYearRelation(year, inDepartment);
  return departmentId
    ? sql`with recursive ${departmentTree(departmentId)}, ${caseKeys}, ${caseGroups}, ${appealYear}`
    : sql`with ${caseKeys}, ${caseGroups}, ${appealYear}`;
}

function clauseSql(column: string, values: readonly unknown[], alias: string): SQL {
  const col = sql.raw(`${alias}.${column}`);
  if (values.length === 0) return sql`false`;
  if (values.every((v) => typeof v === "boolean")) {
    const wantTrue = values.includes(true);
    const wantFalse = values.includes(false);
    if (wantTrue && wantFalse) return sql`${col} is not null`;
    return wantTrue ? sql`${col} is true` : sql`${col} is false`;
  }
  return sql`${col} in (${sql.join(
    values.map((v) => sql`${String(v)}`),
    sql`, `,
  )})`;
}

/** The cell's membership predicate over `case_year` / `appeal_year` (or a grouping of them) under `alias`. */
export function cellPredicate(def: CellDefinition, alias: string): SQL {
  const columns: Record<string, string> = def.subject === "case" ? CASE_COLUMNS : APPEAL_COLUMNS;
  const disjuncts = def.anyOf.map((all) => {
    if (all.length === 0) return sql`true`;
    const parts = (all as readonly { dim: string; in: readonly unknown[] }[]).map((c) => {
      const column = columns[c.dim];
      if (!column) throw new Error(`unknown dimension ${c.dim} in ${def.id}`);
      return clauseSql(column, c.in, alias);
    });
    return sql`(${sql.join(parts, sql` and `)})`;
  });
  if (disjuncts.length === 0) return sql`false`;
  return sql`(${sql.join(disjuncts, sql` or `)})`;
}
