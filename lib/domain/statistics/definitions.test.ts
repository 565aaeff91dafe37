import { describe, expect, it } from "vitest";
import {
  appealDimensions,
  buildStatisticsReport,
  caseDimensions,
  CELL_DEFINITIONS,
  cellDefinition,
  evaluateCells,
  MANUAL_FIGURE_IDS,
  REPORT_VALUE_IDS,
  runChecks,
  snapshotValues,
  type StatisticsCaseRecord,
  TABLE3_COLUMN_LABELS,
  TABLE3_ROW_KEYS,
  TABLE3_ROWS,
  TABLE4_KINDS,
  TABLE4_RESULTS,
  TABLE_2011_1_ROWS,
  TABLE_2011_2_ROWS,
  TABLE_2011_3_ROWS,
  TABLE_2011_4_ROWS,
  TABLE_2021_2_BLOCKS,
  valueLabel,
} from "./index";

const base: StatisticsCaseRecord = {
  receivedAt: "2025-03-02",
  repliedAt: null,
  endedAt: null,
  outcome: null,
  reasonCode: null,
  endingCode: null,
  channel: "online",
  applicantType: "natural_person",
  organizationType: null,
};
const record = (over: Partial<StatisticsCaseRecord>, id = "c1") => ({ ...base, ...over, id });
const printed = (row: { prefixZh?: string; label: { zh: string } }) => `${row.prefixZh ?? ""}${row.label.zh}`;

describe("labels, verbatim from domain.md §5 and the seed's appendix", () => {
  it("2011 附表1–4", () => {
    expect(TABLE_2011_1_ROWS.map(printed)).toEqual(["主动公开信息数", "其中：全文电子化的主动公开信息数", "新增的行政规范性文件数"]);
    expect(TABLE_2011_2_ROWS.map(printed)).toEqual([
      "依申请公开信息目录数",
      "申请总数",
      "其中：1.当面申请数",
      "2.传真申请数",
      "3.电子邮件申请数",
      "4.网上申请数",
      "5.信函申请数",
      "6.其他形式申请数",
      "对申请的答复总数",
      "其中：1.同意公开答复数",
      "2.同意部分公开答复数",
      "3.不予公开答复数",
      "4.信息不存在答复数",
      "5.非本机关政府信息答复数",
      "6.申请内容不明确答复数",
    ]);
    expect(TABLE_2011_3_ROWS.map((r) => [r.label.zh, r.unit?.zh])).toEqual([
      ["网上咨询数", "人次"],
      ["现场接待人数", "人次"],
      ["网站专栏页面访问量", "人次"],
    ]);
    expect(TABLE_2011_4_ROWS.map(printed)).toEqual(["行政复议数", "行政诉讼数", "行政申诉数", "其中：对本单位首次处理不满意的行政申诉数"]);
  });

  it("2021 表二, 表三 and 表四", () => {
    expect(TABLE_2021_2_BLOCKS.flatMap((b) => b.rows.map((r) => r.label.zh))).toEqual(["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"]);
    expect(TABLE_2021_2_BLOCKS.flatMap((b) => b.columns.map((c) => c.label.zh))).toEqual([
      "本年制发件数",
      "本年废止件数",
      "现行有效件数",
      "本年处理决定数量",
      "本年处理决定数量",
      "本年收费金额（单位：万元）",
    ]);
    expect(Object.values(TABLE3_COLUMN_LABELS).map((l) => l.zh)).toEqual(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]);
    expect(TABLE3_ROWS.map((r) => r.label.zh)).toEqual([
      "一、本年新收政府信息公开申请数量",
      "二、上年结转政府信息公开申请数量",
      "（一）予以公开",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      "（三）不予公开 1.属于国家秘密",
      "（三）不予公开 2.其他法律行政法规禁止公开",
      '（三）不予公开 3.危及"三安全一稳定"',
      "（三）不予公开 4.保护第三方合法权益",
      "（三）不予公开 5.属于三类内部事务信息",
      "（三）不予公开 6.属于四类过程性信息",
      "（三）不予公开 7.属于行政执法案卷",
      "（三）不予公开 8.属于行政查询事项",
      "（四）无法提供 1.本机关不掌握相关政府信息",
      "（四）无法提供 2.没有现成信息需要另行制作",
      "（四）无法提供 3.补正后申请内容仍不明确",
      "（五）不予处理 1.信访举报投诉类申请",
      "（五）不予处理 2.重复申请",
      "（五）不予处理 3.要求提供公开出版物",
      "（五）不予处理 4.无正当理由大量反复申请",
      "（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
      "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "（六）其他处理 3.其他",
      "（七）总计",
      "四、结转下年度继续办理",
    ]);
    expect(TABLE4_KINDS.map((k) => k.label.zh)).toEqual(["行政复议", "未经复议直接起诉", "复议后起诉"]);
    expect(TABLE4_RESULTS.map((r) => r.label.zh)).toEqual(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]);
  });

  it("every value has a label in both languages", () => {
    for (const id of REPORT_VALUE_IDS) {
      const label = valueLabel(id);
      expect(label, id).not.toBeNull();
      expect(label!.row.zh, id).not.toBe("");
      expect(label!.row.en, id).not.toBe("");
    }
  });
});

describe("cell definitions", () => {
  it("cover every case- and appeal-derived value of issue 5's JSON exactly once", () => {
    const ids = CELL_DEFINITIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(TABLE3_ROW_KEYS).toEqual([
      "new", "carriedOver", "1", "2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8",
      "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "5.5", "6.1", "6.2", "6.3", "7", "carriedForward",
    ]);
    // 15 (附表2) + 4 (附表4) + 25 rows × 7 columns (表三) + 15 (表四) + 7 auxiliary.
    expect(ids).toHaveLength(15 + 4 + 25 * 7 + 15 + 7);
    expect(MANUAL_FIGURE_IDS).toHaveLength(3 + 3 + 6 + 3 + 1);
  });

  it("build the report in the contract's shape", () => {
    const report = buildStatisticsReport(2025, {}, []);
    expect(Object.keys(report)).toEqual(["year", "format2011", "format2021", "checks"]);
    expect(Object.keys(report.format2011)).toEqual(["table1", "table2", "table3", "table4"]);
    expect(Object.keys(report.format2011.table2)).toEqual(["catalogueEntries", "applications", "replies"]);
    expect(Object.keys(report.format2011.table2.applications)).toEqual(["total", "inPerson", "fax", "email", "online", "letter", "other"]);
    expect(Object.keys(report.format2011.table2.replies)).toEqual(["total", "disclosed", "partiallyDisclosed", "refused", "notExist", "notThisAgency", "unclear"]);
    expect(Object.keys(report.format2011.table4)).toEqual(["reconsiderations", "lawsuits", "complaints", "complaintsAfterFirstHandling"]);
    expect(Object.keys(report.format2021)).toEqual(["table2", "table3", "table4"]);
    expect(Object.keys(report.format2021.table3).sort()).toEqual([...TABLE3_ROW_KEYS].sort());
    for (const row of TABLE3_ROW_KEYS) {
      expect(Object.keys(report.format2021.table3[row])).toEqual(["naturalPerson", "commercial", "research", "publicInterest", "legalService", "other", "total"]);
    }
    expect(Object.keys(report.format2021.table4)).toEqual(["reconsideration", "litigationDirect", "litigationAfterReconsideration"]);
    expect(Object.keys(report.format2021.table4.litigationDirect)).toEqual(["upheld", "corrected", "other", "pending", "total"]);
    // Case values default to 0, manual ones to null (not entered).
    expect(report.format2011.table2.catalogueEntries).toBe(0);
    expect(report.format2011.table1.proactiveItems).toBeNull();
    expect(report.format2021.table2.fees.amount).toBeNull();
  });
});

describe("year membership (domain.md §5)", () => {
  it("new by received date, handled by reply date, carried forward when open at 31 Dec", () => {
    const c = record({ receivedAt: "2025-12-30", repliedAt: "2026-01-06", outcome: "disclosed", reasonCode: "1" });
    expect(caseDimensions(c, 2025)).toMatchObject({ isNew: true, isCarriedOver: false, isCarriedForward: true, handledCode: null, repliedOutcome: null });
    expect(caseDimensions(c, 2026)).toMatchObject({ isNew: false, isCarriedOver: true, isCarriedForward: false, wasCarriedForwardLastYear: true, handledCode: "1", repliedOutcome: "disclosed" });
    expect(caseDimensions(c, 2027)).toBeNull();
    expect(caseDimensions(c, 2024)).toBeNull();
  });

  it("an open case is carried forward every year until handled", () => {
    const open = record({ receivedAt: "2024-11-01" });
    expect(caseDimensions(open, 2024)).toMatchObject({ isNew: true, isCarriedForward: true, wasCarriedForwardLastYear: false });
    expect(caseDimensions(open, 2025)).toMatchObject({ isNew: false, isCarriedOver: true, isCarriedForward: true, wasCarriedForwardLastYear: true });
  });

  it("an abandonment counts in the year of its ending date (the day after the missed deadline)", () => {
    const c = record({ receivedAt: "2025-12-01", endingCode: "6.1", endedAt: "2026-01-01" });
    expect(caseDimensions(c, 2025)).toMatchObject({ isCarriedForward: true, handledCode: null });
    expect(caseDimensions(c, 2026)).toMatchObject({ isCarriedOver: true, handledCode: "6.1", repliedOutcome: null });
  });

  it("maps applicants to the seven columns; an organisation without a sub-type counts under 其他", () => {
    expect(caseDimensions(record({ applicantType: "organization", organizationType: "legal_service" }), 2025)?.applicantColumn).toBe("legalService");
    expect(caseDimensions(record({ applicantType: "organization", organizationType: "public_interest" }), 2025)?.applicantColumn).toBe("publicInterest");
    expect(caseDimensions(record({ applicantType: "organization", organizationType: null }), 2025)?.applicantColumn).toBe("other");
    expect(caseDimensions(record({ applicantType: "robot" }), 2025)?.applicantColumn).toBeNull();
  });

  it("appeals count in the year filed with their result as of 31 Dec", () => {
    const a = { kind: "reconsideration", filedAt: "2025-10-01", result: "upheld", closedAt: "2026-02-01", afterUnsatisfactoryFirstHandling: false };
    expect(appealDimensions(a, 2025)).toEqual({ kind: "reconsideration", resultAtYearEnd: "pending", afterFirstHandling: false });
    expect(appealDimensions(a, 2026)).toBeNull();
    expect(appealDimensions({ ...a, closedAt: "2025-12-31" }, 2025)?.resultAtYearEnd).toBe("upheld");
  });
});

describe("cells on a small year", () => {
  const cases = [
    record({ reasonCode: "1", outcome: "disclosed", repliedAt: "2025-03-20" }, "a"),
    record({ channel: "letter", applicantType: "organization", organizationType: "research", outcome: "not_this_agency", reasonCode: "4.1", repliedAt: "2025-04-01" }, "b"),
    record({ channel: "fax", endingCode: "6.1", endedAt: "2025-04-10" }, "c"),
    record({ channel: "email", endingCode: "6.3", endedAt: "2025-04-11" }, "d"),
    record({ receivedAt: "2024-12-28", outcome: "refused", reasonCode: "5.2", repliedAt: "2025-01-10" }, "e"),
    record({ receivedAt: "2025-12-29" }, "f"),
  ];
  const appeals = [
    { id: "p1", kind: "complaint", filedAt: "2025-05-01", result: "pending", closedAt: null, afterUnsatisfactoryFirstHandling: true },
    { id: "p2", kind: "litigation_direct", filedAt: "2025-06-01", result: "corrected", closedAt: "2025-09-01", afterUnsatisfactoryFirstHandling: false },
  ];
  const snap = evaluateCells(2025, cases, appeals);
  const v = snapshotValues(snap);

  it("附表2: 6.1 counts under 申请内容不明确; 6.2 / 6.3 only in 申请总数", () => {
    expect(v["format2011/table2/catalogueEntries"]).toBe(5);
    expect(v["format2011/table2/applications/total"]).toBe(5);
    expect(v["format2011/table2/applications/online"]).toBe(2);
    expect(v["format2011/table2/replies/total"]).toBe(4); // a, b, c (6.1), e (replied in 2025)
    expect(v["format2011/table2/replies/unclear"]).toBe(1);
    expect(snap["format2011/table2/replies/unclear"]!.ids).toEqual(["c"]);
    expect(v["format2011/table2/replies/notThisAgency"]).toBe(1);
    expect(v["format2011/table2/replies/notExist"]).toBe(0);
  });

  it("表三 and 表四", () => {
    expect(v["format2021/table3/new/total"]).toBe(5);
    expect(v["format2021/table3/carriedOver/total"]).toBe(1);
    expect(v["format2021/table3/4.1/research"]).toBe(1);
    expect(v["format2021/table3/6.3/naturalPerson"]).toBe(1);
    expect(v["format2021/table3/7/total"]).toBe(5);
    expect(v["format2021/table3/carriedForward/total"]).toBe(1);
    expect(v["format2021/table4/litigationDirect/corrected"]).toBe(1);
    expect(v["format2011/table4/complaintsAfterFirstHandling"]).toBe(1);
    expect(v["format2011/table4/lawsuits"]).toBe(1);
    expect(runChecks(v).filter((c) => !c.ok)).toEqual([]);
  });

  it("each definition's list has as many ids as its number", () => {
    for (const def of CELL_DEFINITIONS) expect(snap[def.id]!.ids).toHaveLength(snap[def.id]!.value);
    expect(cellDefinition("format2021/table3/3.1/commercial")?.subject).toBe("case");
    expect(cellDefinition("format2021/table4/reconsideration/total")?.subject).toBe("appeal");
  });
});
