import { OUTCOME_DEFINITIONS, type Outcome, REASON_DEFINITIONS, REASON_GROUPS, type ResultCode } from "@/lib/domain/outcomes";
import { APPLICANT_COLUMNS, type Channel } from "./year-membership";

/**
 * The printed tables, as data: every row and column label verbatim (domain.md §5; zh-CN is the official
 * text, en is ours), and the id of the value in each position. An id is the path of the value in the JSON
 * report, joined with "/" (the 2021 row keys contain dots): "format2021/table3/3.1/commercial".
 */
export type Label = { zh: string; en: string };

export function cellId(...segments: (string | number)[]): string {
  return segments.join("/");
}

export const TABLE_TITLES = {
  format2011: {
    table1: { zh: "附表1 主动公开情况统计", en: "Table 1 Proactive disclosure" },
    table2: { zh: "附表2 依申请公开情况统计", en: "Table 2 Disclosure on request" },
    table3: { zh: "附表3 咨询情况统计", en: "Table 3 Enquiries" },
    table4: { zh: "附表4 申诉情况统计表", en: "Table 4 Appeals and complaints" },
  },
  format2021: {
    table2: { zh: "二、主动公开政府信息情况", en: "II. Proactive disclosure of government information" },
    table3: { zh: "三、收到和处理政府信息公开申请情况", en: "III. Requests received and handled" },
    table4: {
      zh: "四、政府信息公开行政复议、行政诉讼情况",
      en: "IV. Administrative reconsideration and litigation about information disclosure",
    },
  },
} as const satisfies Record<string, Record<string, Label>>;

export const FORMAT_TITLES = {
  format2011: { zh: "2011年格式（附表1–4）", en: "2011 format (appendix tables 1–4)" },
  format2021: { zh: "2021年格式（国办公开办函〔2021〕30号）", en: "2021 national format" },
} as const satisfies Record<string, Label>;

/** A row of a two- or three-column 2011 table (指标 | [单位 |] 数量). */
export type SimpleRow = { id: string; label: Label; /** "其中：" before the first sub-row. */ prefixZh?: string; unit?: Label; indent: 0 | 1 };

export const COLUMN_INDICATOR: Label = { zh: "指标", en: "Indicator" };
export const COLUMN_UNIT: Label = { zh: "单位", en: "Unit" };
export const COLUMN_COUNT: Label = { zh: "数量", en: "Number" };
const PERSON_TIMES: Label = { zh: "人次", en: "person-times" };

export const TABLE_2011_1_ROWS: readonly SimpleRow[] = [
  { id: "format2011/table1/proactiveItems", label: { zh: "主动公开信息数", en: "Items disclosed proactively" }, indent: 0 },
  {
    id: "format2011/table1/proactiveItemsFullText",
    prefixZh: "其中：",
    label: { zh: "全文电子化的主动公开信息数", en: "of which: full text in electronic form" },
    indent: 1,
  },
  { id: "format2011/table1/newNormativeDocuments", label: { zh: "新增的行政规范性文件数", en: "New normative documents" }, indent: 0 },
];

/** Channel → JSON key and verbatim 附表2 row. */
export const CHANNEL_ROWS: readonly { channel: Channel; key: string; label: Label }[] = [
  { channel: "in_person", key: "inPerson", label: { zh: "1.当面申请数", en: "1. In person" } },
  { channel: "fax", key: "fax", label: { zh: "2.传真申请数", en: "2. By fax" } },
  { channel: "email", key: "email", label: { zh: "3.电子邮件申请数", en: "3. By e-mail" } },
  { channel: "online", key: "online", label: { zh: "4.网上申请数", en: "4. Online" } },
  { channel: "letter", key: "letter", label: { zh: "5.信函申请数", en: "5. By letter" } },
  { channel: "other", key: "other", label: { zh: "6.其他形式申请数", en: "6. Other means" } },
];

const OUTCOME_KEYS: Record<Outcome, string> = {
  disclosed: "disclosed",
  partially_disclosed: "partiallyDisclosed",
  refused: "refused",
  not_exist: "notExist",
  not_this_agency: "notThisAgency",
  unclear: "unclear",
};

/** Outcome → JSON key and verbatim 附表2 row ("1.同意公开答复数" …). */
export const OUTCOME_ROWS: readonly { outcome: Outcome; key: string; label: Label }[] = OUTCOME_DEFINITIONS.map((d, i) => ({
  outcome: d.value,
  key: OUTCOME_KEYS[d.value],
  label: { zh: `${i + 1}.${d.row2011Zh}`, en: `${i + 1}. ${d.labelEn}` },
}));

export const TABLE_2011_2_ROWS: readonly SimpleRow[] = [
  { id: "format2011/table2/catalogueEntries", label: { zh: "依申请公开信息目录数", en: "Catalogue entries (requests received)" }, indent: 0 },
  { id: "format2011/table2/applications/total", label: { zh: "申请总数", en: "Requests, total" }, indent: 0 },
  ...CHANNEL_ROWS.map((r, i): SimpleRow => ({
    id: cellId("format2011", "table2", "applications", r.key),
    label: r.label,
    indent: 1,
    ...(i === 0 ? { prefixZh: "其中：" } : {}),
  })),
  { id: "format2011/table2/replies/total", label: { zh: "对申请的答复总数", en: "Replies, total" }, indent: 0 },
  ...OUTCOME_ROWS.map((r, i): SimpleRow => ({
    id: cellId("format2011", "table2", "replies", r.key),
    label: r.label,
    indent: 1,
    ...(i === 0 ? { prefixZh: "其中：" } : {}),
  })),
];

export const TABLE_2011_3_ROWS: readonly SimpleRow[] = [
  { id: "format2011/table3/onlineConsultations", label: { zh: "网上咨询数", en: "Online enquiries" }, unit: PERSON_TIMES, indent: 0 },
  { id: "format2011/table3/onSiteVisitors", label: { zh: "现场接待人数", en: "Visitors received on site" }, unit: PERSON_TIMES, indent: 0 },
  { id: "format2011/table3/pageVisits", label: { zh: "网站专栏页面访问量", en: "Website section page visits" }, unit: PERSON_TIMES, indent: 0 },
];

export const TABLE_2011_4_ROWS: readonly SimpleRow[] = [
  { id: "format2011/table4/reconsiderations", label: { zh: "行政复议数", en: "Administrative reconsiderations" }, indent: 0 },
  { id: "format2011/table4/lawsuits", label: { zh: "行政诉讼数", en: "Administrative lawsuits" }, indent: 0 },
  { id: "format2011/table4/complaints", label: { zh: "行政申诉数", en: "Administrative complaints" }, indent: 0 },
  {
    id: "format2011/table4/complaintsAfterFirstHandling",
    prefixZh: "其中：",
    label: { zh: "对本单位首次处理不满意的行政申诉数", en: "of which: after an unsatisfactory first handling by this agency" },
    indent: 1,
  },
];

// ——— 2021 format ———

/** 二、主动公开政府信息情况: one block per article item of the 2019 Regulation, as the national form prints it. */
export type ProactiveBlock = {
  headingZh: string;
  /** The value columns after 信息内容. */
  columns: readonly { key: string; label: Label }[];
  rows: readonly { key: string; label: Label }[];
};

const ISSUED_COLUMNS = [
  { key: "issued", label: { zh: "本年制发件数", en: "Issued this year" } },
  { key: "repealed", label: { zh: "本年废止件数", en: "Repealed this year" } },
  { key: "inForce", label: { zh: "现行有效件数", en: "In force" } },
] as const;
const DECISIONS_COLUMN = [{ key: "decisions", label: { zh: "本年处理决定数量", en: "Decisions this year" } }] as const;

export const COLUMN_CONTENT: Label = { zh: "信息内容", en: "Information" };

export const TABLE_2021_2_BLOCKS: readonly ProactiveBlock[] = [
  {
    headingZh: "第二十条第（一）项",
    columns: ISSUED_COLUMNS,
    rows: [
      { key: "rules", label: { zh: "规章", en: "Rules" } },
      { key: "normativeDocuments", label: { zh: "行政规范性文件", en: "Normative documents" } },
    ],
  },
  { headingZh: "第二十条第（五）项", columns: DECISIONS_COLUMN, rows: [{ key: "licensing", label: { zh: "行政许可", en: "Administrative licensing" } }] },
  {
    headingZh: "第二十条第（六）项",
    columns: DECISIONS_COLUMN,
    rows: [
      { key: "penalties", label: { zh: "行政处罚", en: "Administrative penalties" } },
      { key: "coercion", label: { zh: "行政强制", en: "Administrative coercion" } },
    ],
  },
  {
    headingZh: "第二十条第（八）项",
    columns: [{ key: "amount", label: { zh: "本年收费金额（单位：万元）", en: "Fees collected this year (10,000 yuan)" } }],
    rows: [{ key: "fees", label: { zh: "行政事业性收费", en: "Administrative fees" } }],
  },
];

/** Table 三's columns: the six applicant columns and 总计. */
export const TABLE3_COLUMNS = [...APPLICANT_COLUMNS, "total"] as const;
export type Table3Column = (typeof TABLE3_COLUMNS)[number];

export const TABLE3_COLUMN_LABELS: Record<Table3Column, Label> = {
  naturalPerson: { zh: "自然人", en: "Natural persons" },
  commercial: { zh: "商业企业", en: "Commercial enterprises" },
  research: { zh: "科研机构", en: "Research institutions" },
  publicInterest: { zh: "社会公益组织", en: "Public-interest organisations" },
  legalService: { zh: "法律服务机构", en: "Legal service providers" },
  other: { zh: "其他", en: "Other" },
  total: { zh: "总计", en: "Total" },
};
export const TABLE3_APPLICANT_HEADER: Label = { zh: "申请人情况", en: "Applicants" };
export const TABLE3_ORGANIZATION_HEADER: Label = { zh: "法人或其他组织", en: "Legal persons and other organisations" };
/** The note in the national form's top-left header cell. */
export const TABLE3_CORNER_NOTE: Label = {
  zh: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  en: "(Item one plus item two equals item three plus item four)",
};

export const RESULT_CODES: readonly ResultCode[] = REASON_DEFINITIONS.map((d) => d.code);

/** Table 三's rows in print order. */
export const TABLE3_ROW_KEYS = ["new", "carriedOver", ...RESULT_CODES, "7", "carriedForward"] as const;
export type Table3Row = (typeof TABLE3_ROW_KEYS)[number];

export type Table3RowLayout = {
  key: Table3Row;
  /** The full row label as one line ("（三）不予公开 1.属于国家秘密"), for lists and CSV. */
  label: Label;
  /** For the printed grid: section (一、…四、), group （一）…（七）, item (1.…). */
  section: Label | null;
  group: Label | null;
  item: Label | null;
};

const SECTION_RESULTS: Label = { zh: "三、本年度办理结果", en: "III. Results this year" };

function resultRow(code: ResultCode): Table3RowLayout {
  const def = REASON_DEFINITIONS.find((d) => d.code === code)!;
  const group = REASON_GROUPS.find((g) => g.key === def.group)!;
  const groupLabel = { zh: `${group.ordinal}${group.labelZh}`, en: `(${group.key}) ${group.labelEn}` };
  const single = !code.includes(".");
  const item = single ? null : { zh: `${code.split(".")[1]}.${def.labelZh}`, en: `${code.split(".")[1]}. ${def.labelEn}` };
  return {
    key: code,
    label: item ? { zh: `${groupLabel.zh} ${item.zh}`, en: `${groupLabel.en} — ${item.en}` } : groupLabel,
    section: SECTION_RESULTS,
    group: groupLabel,
    item,
  };
}

export const TABLE3_ROWS: readonly Table3RowLayout[] = [
  {
    key: "new",
    label: { zh: "一、本年新收政府信息公开申请数量", en: "I. New requests received this year" },
    section: { zh: "一、本年新收政府信息公开申请数量", en: "I. New requests received this year" },
    group: null,
    item: null,
  },
  {
    key: "carriedOver",
    label: { zh: "二、上年结转政府信息公开申请数量", en: "II. Requests carried over from last year" },
    section: { zh: "二、上年结转政府信息公开申请数量", en: "II. Requests carried over from last year" },
    group: null,
    item: null,
  },
  ...RESULT_CODES.map(resultRow),
  {
    key: "7",
    label: { zh: "（七）总计", en: "(7) Total" },
    section: SECTION_RESULTS,
    group: { zh: "（七）总计", en: "(7) Total" },
    item: null,
  },
  {
    key: "carriedForward",
    label: { zh: "四、结转下年度继续办理", en: "IV. Carried forward to next year" },
    section: { zh: "四、结转下年度继续办理", en: "IV. Carried forward to next year" },
    group: null,
    item: null,
  },
];

/** Table 四: three kinds × five result columns. */
export const TABLE4_KINDS = [
  { key: "reconsideration", kind: "reconsideration", label: { zh: "行政复议", en: "Administrative reconsideration" } },
  { key: "litigationDirect", kind: "litigation_direct", label: { zh: "未经复议直接起诉", en: "Lawsuit filed directly" } },
  {
    key: "litigationAfterReconsideration",
    kind: "litigation_after_reconsideration",
    label: { zh: "复议后起诉", en: "Lawsuit after reconsideration" },
  },
] as const;
export const TABLE4_LITIGATION_HEADER: Label = { zh: "行政诉讼", en: "Administrative litigation" };
export const TABLE4_RESULTS = [
  { key: "upheld", label: { zh: "结果维持", en: "Upheld" } },
  { key: "corrected", label: { zh: "结果纠正", en: "Corrected" } },
  { key: "other", label: { zh: "其他结果", en: "Other result" } },
  { key: "pending", label: { zh: "尚未审结", en: "Pending" } },
  { key: "total", label: { zh: "总计", en: "Total" } },
] as const;
