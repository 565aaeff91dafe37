import {
  CHANNEL_ROWS,
  cellId,
  type Label,
  OUTCOME_ROWS,
  RESULT_CODES,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_KINDS,
  TABLE4_RESULTS,
} from "./layout";
import { APPLICANT_COLUMNS } from "./year-membership";

/**
 * The consistency rules every generated table must satisfy (domain.md §5), as data: the sum of the `left`
 * values must equal (or, for a 其中 sub-count, not exceed) the sum of the `right` values.
 */
export type CheckRule = {
  id: string;
  label: Label;
  left: readonly string[];
  right: readonly string[];
  relation: "equal" | "atMost";
};

export type CheckResult = {
  rule: string;
  ok: boolean;
  /** Every value the rule reads, by id (null: not entered). */
  numbers: Record<string, number | null>;
  left: number | null;
  right: number | null;
  /** True when a value was not entered (manual figures): nothing to compare, so not a failure. */
  skipped: boolean;
};

const t2 = (...s: string[]) => cellId("format2011/table2", ...s);
const t3 = (row: string, column: string) => cellId("format2021/table3", row, column);

function rules2011(): CheckRule[] {
  return [
    {
      id: "2011.table2.applicationsTotal",
      label: { zh: "附表2：申请总数 = 六种申请方式之和", en: "Table 2: total requests = sum of the six channels" },
      left: [t2("applications", "total")],
      right: CHANNEL_ROWS.map((r) => t2("applications", r.key)),
      relation: "equal",
    },
    {
      id: "2011.table2.repliesTotal",
      label: { zh: "附表2：对申请的答复总数 = 六种答复之和", en: "Table 2: total replies = sum of the six outcomes" },
      left: [t2("replies", "total")],
      right: OUTCOME_ROWS.map((r) => t2("replies", r.key)),
      relation: "equal",
    },
    {
      id: "2011.table1.fullTextWithinTotal",
      label: { zh: "附表1：其中全文电子化的主动公开信息数 ≤ 主动公开信息数", en: "Table 1: full-text items ≤ items disclosed" },
      left: ["format2011/table1/proactiveItemsFullText"],
      right: ["format2011/table1/proactiveItems"],
      relation: "atMost",
    },
    {
      id: "2011.table4.complaintsAfterFirstHandlingWithinComplaints",
      label: { zh: "附表4：其中对本单位首次处理不满意的行政申诉数 ≤ 行政申诉数", en: "Table 4: complaints after first handling ≤ complaints" },
      left: ["format2011/table4/complaintsAfterFirstHandling"],
      right: ["format2011/table4/complaints"],
      relation: "atMost",
    },
  ];
}

function rules2021(): CheckRule[] {
  const perColumn = TABLE3_COLUMNS.flatMap((column): CheckRule[] => {
    const name = TABLE3_COLUMN_LABELS[column];
    return [
      {
        id: `2021.table3.${column}.resultsTotal`,
        label: { zh: `表三 ${name.zh}列：（七）总计 = 各办理结果之和`, en: `Table III, ${name.en}: (7) total = sum of the result rows` },
        left: [t3("7", column)],
        right: RESULT_CODES.map((code) => t3(code, column)),
        relation: "equal",
      },
      {
        id: `2021.table3.${column}.balance`,
        label: { zh: `表三 ${name.zh}列：一 + 二 = 三（七） + 四`, en: `Table III, ${name.en}: I + II = III(7) + IV` },
        left: [t3("new", column), t3("carriedOver", column)],
        right: [t3("7", column), t3("carriedForward", column)],
        relation: "equal",
      },
      {
        id: `2021.table3.${column}.carriedOverEqualsLastYear`,
        label: { zh: `表三 ${name.zh}列：本年 二 = 上年 四`, en: `Table III, ${name.en}: this year's II = last year's IV` },
        left: [t3("carriedOver", column)],
        right: [cellId("aux/previousCarriedForward", column)],
        relation: "equal",
      },
    ];
  });
  const perRow = TABLE3_ROWS.map(
    (row): CheckRule => ({
      id: `2021.table3.${row.key}.rowTotal`,
      label: { zh: `表三 ${row.label.zh}：总计 = 自然人 + 五类法人或其他组织`, en: `Table III, ${row.label.en}: total = sum of the six applicant columns` },
      left: [t3(row.key, "total")],
      right: APPLICANT_COLUMNS.map((column) => t3(row.key, column)),
      relation: "equal",
    }),
  );
  const table4 = TABLE4_KINDS.map(
    (kind): CheckRule => ({
      id: `2021.table4.${kind.key}.total`,
      label: { zh: `表四 ${kind.label.zh}：总计 = 各结果之和`, en: `Table IV, ${kind.label.en}: total = sum of the results` },
      left: [cellId("format2021/table4", kind.key, "total")],
      right: TABLE4_RESULTS.filter((r) => r.key !== "total").map((r) => cellId("format2021/table4", kind.key, r.key)),
      relation: "equal",
    }),
  );
  return [...perColumn, ...perRow, ...table4];
}

export const CHECK_RULES: readonly CheckRule[] = [...rules2011(), ...rules2021()];

const RULE_BY_ID = new Map(CHECK_RULES.map((r) => [r.id, r]));
export function checkRule(id: string): CheckRule | undefined {
  return RULE_BY_ID.get(id);
}

function sum(ids: readonly string[], values: Readonly<Record<string, number | null | undefined>>): number | null {
  let total = 0;
  for (const id of ids) {
    const v = values[id];
    if (v === null || v === undefined) return null;
    total += v;
  }
  // Fee amounts are decimals: compare on a fixed scale, never on float noise.
  return Math.round(total * 10_000) / 10_000;
}

/** Runs every rule on a set of values (cells by id, manual figures by id). Pure; order follows CHECK_RULES. */
export function runChecks(values: Readonly<Record<string, number | null | undefined>>, rules: readonly CheckRule[] = CHECK_RULES): CheckResult[] {
  return rules.map((rule) => {
    const numbers = Object.fromEntries([...rule.left, ...rule.right].map((id) => [id, values[id] ?? null]));
    const left = sum(rule.left, values);
    const right = sum(rule.right, values);
    if (left === null || right === null) return { rule: rule.id, ok: true, numbers, left, right, skipped: true };
    const ok = rule.relation === "equal" ? left === right : left <= right;
    return { rule: rule.id, ok, numbers, left, right, skipped: false };
  });
}

export function allChecksPass(results: readonly CheckResult[]): boolean {
  return results.every((r) => r.ok);
}
