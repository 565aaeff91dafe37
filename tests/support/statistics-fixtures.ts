import crypto from "node:crypto";
import { sql } from "./db";

/** A department of its own (optionally under a parent), so a test's statistics are isolated from every other test's cases. */
export async function createTestDepartment(opts: { name?: string; parentId?: string | null } = {}): Promise<string> {
  const code = `ST${crypto.randomBytes(5).toString("hex")}`;
  const [row] = await sql()<{ id: string }[]>`
    insert into departments (name, code, parent_id) values (${opts.name ?? `统计测试部门 ${code}`}, ${code}, ${opts.parentId ?? null}) returning id`;
  return row!.id;
}

export type CaseSeed = {
  departmentId: string | null;
  receivedAt: string;
  channel: string;
  applicantType: "natural_person" | "organization";
  organizationType: string | null;
  outcome?: string | null;
  reasonCode?: string | null;
  repliedAt?: string | null;
  endingCode?: string | null;
  endedAt?: string | null;
};

function statusOf(c: CaseSeed): string {
  if (c.outcome) return "replied";
  if (c.endingCode === "6.3") return "withdrawn";
  if (c.endingCode) return "abandoned";
  return "received";
}

/**
 * Cases written straight into the tables (for property tests, where the statistics are under test, not the
 * workflow). The data stay valid: callers pass outcome/reason pairs from the outcome table and endings with dates.
 */
export async function insertTestCases(seeds: readonly CaseSeed[]): Promise<{ id: string; trackingNumber: string }[]> {
  if (seeds.length === 0) return [];
  const batch = crypto.randomBytes(4).toString("hex").toUpperCase();
  const applicants = await sql()<{ id: string }[]>`
    insert into applicants ${sql()(
      seeds.map((c, i) => ({
        type: c.applicantType,
        organization_type: c.organizationType,
        name: c.applicantType === "organization" ? `测试单位${i}` : `测试人${i}`,
        phone: "13800138000",
      })),
    )} returning id`;
  const rows = seeds.map((c, i) => ({
    tracking_number: `ST-${batch}-${String(i).padStart(5, "0")}`,
    tracking_year: Number(c.receivedAt.slice(0, 4)),
    tracking_seq: i + 1,
    query_code_hash: crypto.randomBytes(16).toString("hex"),
    status: statusOf(c),
    channel: c.channel,
    received_at: c.receivedAt,
    applicant_id: applicants[i]!.id,
    info_description: "统计测试用的政府信息公开申请内容描述。",
    form: "paper",
    delivery: "post",
    department_id: c.departmentId,
    outcome: c.outcome ?? null,
    reason_code: c.reasonCode ?? null,
    replied_at: c.repliedAt ?? null,
    ending_code: c.endingCode ?? null,
    ended_at: c.endedAt ?? null,
  }));
  return sql()<{ id: string; trackingNumber: string }[]>`
    insert into cases ${sql()(rows)} returning id, tracking_number as "trackingNumber"`;
}

export type AppealSeed = {
  caseId: string;
  kind: string;
  filedAt: string;
  result: string;
  closedAt: string | null;
  afterUnsatisfactoryFirstHandling: boolean;
};

export async function insertTestAppeals(seeds: readonly AppealSeed[]): Promise<{ id: string }[]> {
  if (seeds.length === 0) return [];
  return sql()<{ id: string }[]>`
    insert into appeals ${sql()(
      seeds.map((a) => ({
        case_id: a.caseId,
        kind: a.kind,
        filed_at: a.filedAt,
        result: a.result,
        closed_at: a.closedAt,
        after_unsatisfactory_first_handling: a.afterUnsatisfactoryFirstHandling,
      })),
    )} returning id`;
}
