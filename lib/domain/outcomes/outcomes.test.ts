import { describe, expect, it } from "vitest";

import {
  countedOutcome2011,
  ENDING_CODES,
  isAllowedReason,
  OUTCOME_DEFINITIONS,
  OUTCOMES,
  outcomeFor2011,
  REASON_DEFINITIONS,
  REASON_GROUPS,
  reasonDefinition,
  reasonsFor,
  REPLY_REASON_CODES,
} from "./index";

describe("the six outcomes", () => {
  it("carry the verbatim 2011 labels in table order", () => {
    expect(OUTCOME_DEFINITIONS.map((d) => [d.value, d.labelZh])).toEqual([
      ["disclosed", "同意公开"],
      ["partially_disclosed", "同意部分公开"],
      ["refused", "不予公开"],
      ["not_exist", "信息不存在"],
      ["not_this_agency", "非本机关政府信息"],
      ["unclear", "申请内容不明确"],
    ]);
    expect(OUTCOME_DEFINITIONS.map((d) => d.row2011Zh)).toEqual([
      "同意公开答复数",
      "同意部分公开答复数",
      "不予公开答复数",
      "信息不存在答复数",
      "非本机关政府信息答复数",
      "申请内容不明确答复数",
    ]);
    for (const d of OUTCOME_DEFINITIONS) expect(d.labelEn).not.toBe("");
  });
});

describe("2021 result codes", () => {
  it("copy every row label verbatim from the national format", () => {
    const labels = Object.fromEntries(REASON_DEFINITIONS.map((d) => [d.code, d.labelZh]));
    expect(labels).toEqual({
      "1": "予以公开",
      "2": "部分公开（区分处理的，只计这一情形，不计其他情形）",
      "3.1": "属于国家秘密",
      "3.2": "其他法律行政法规禁止公开",
      "3.3": '危及"三安全一稳定"',
      "3.4": "保护第三方合法权益",
      "3.5": "属于三类内部事务信息",
      "3.6": "属于四类过程性信息",
      "3.7": "属于行政执法案卷",
      "3.8": "属于行政查询事项",
      "4.1": "本机关不掌握相关政府信息",
      "4.2": "没有现成信息需要另行制作",
      "4.3": "补正后申请内容仍不明确",
      "5.1": "信访举报投诉类申请",
      "5.2": "重复申请",
      "5.3": "要求提供公开出版物",
      "5.4": "无正当理由大量反复申请",
      "5.5": "要求行政机关确认或重新出具已获取信息",
      "6.1": "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "6.2": "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "6.3": "其他",
    });
    expect(REASON_DEFINITIONS.map((d) => d.code)).toEqual([...REPLY_REASON_CODES, ...ENDING_CODES]);
    for (const d of REASON_DEFINITIONS) expect(d.labelEn).not.toBe("");
  });

  it("belong to the six groups （一）…（六） by their leading number", () => {
    expect(REASON_GROUPS.map((g) => `${g.ordinal}${g.labelZh}`)).toEqual([
      "（一）予以公开",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      "（三）不予公开",
      "（四）无法提供",
      "（五）不予处理",
      "（六）其他处理",
    ]);
    for (const d of REASON_DEFINITIONS) expect(String(d.group)).toBe(d.code.split(".")[0]);
  });

  it("6.x are endings that no outcome may carry", () => {
    expect(reasonDefinition("6.1")).toMatchObject({ kind: "ending", outcomes: [] });
    for (const outcome of OUTCOMES) {
      for (const code of ENDING_CODES) expect(isAllowedReason(outcome, code)).toBe(false);
    }
  });
});

describe("reasonsFor / isAllowedReason: the outcome table of domain.md §4", () => {
  it("lists the allowed reasons of each outcome", () => {
    expect(reasonsFor("disclosed")).toEqual(["1"]);
    expect(reasonsFor("partially_disclosed")).toEqual(["2"]);
    expect(reasonsFor("refused")).toEqual([
      "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8",
      "5.1", "5.2", "5.3", "5.4", "5.5",
    ]);
    expect(reasonsFor("not_exist")).toEqual(["4.1", "4.2"]);
    expect(reasonsFor("not_this_agency")).toEqual(["4.1"]);
    expect(reasonsFor("unclear")).toEqual(["4.3"]);
  });

  it("allows exactly the pairs listed, and nothing unknown", () => {
    let allowed = 0;
    for (const outcome of OUTCOMES) {
      for (const code of REPLY_REASON_CODES) if (isAllowedReason(outcome, code)) allowed++;
    }
    expect(allowed).toBe(1 + 1 + 13 + 2 + 1 + 1);
    expect(isAllowedReason("refused", "5.4")).toBe(true);
    expect(isAllowedReason("not_this_agency", "4.2")).toBe(false);
    expect(isAllowedReason("disclosed", "2")).toBe(false);
    expect(isAllowedReason("unclear", "4.1")).toBe(false);
    expect(isAllowedReason("granted", "1")).toBe(false);
    expect(isAllowedReason("disclosed", "1.0")).toBe(false);
  });
});

describe("outcomeFor2011", () => {
  it("counts replies by their outcome", () => {
    for (const outcome of OUTCOMES) expect(outcomeFor2011(outcome)).toBe(outcome);
  });

  it("counts 6.1 as 申请内容不明确, and 6.2 / 6.3 only in 申请总数", () => {
    expect(outcomeFor2011("6.1")).toBe("unclear");
    expect(outcomeFor2011("6.2")).toBeNull();
    expect(outcomeFor2011("6.3")).toBeNull();
  });

  it("refuses a bare reason code, which cannot tell 信息不存在 from 非本机关 (4.1)", () => {
    expect(() => outcomeFor2011("4.1" as never)).toThrow(RangeError);
  });

  it("reads a finished case's stored facts", () => {
    expect(countedOutcome2011({ outcome: "not_this_agency", endingCode: null })).toBe("not_this_agency");
    expect(countedOutcome2011({ outcome: null, endingCode: "6.1" })).toBe("unclear");
    expect(countedOutcome2011({ outcome: null, endingCode: "6.3" })).toBeNull();
    expect(countedOutcome2011({})).toBeNull();
  });
});
