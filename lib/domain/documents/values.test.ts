import { describe, expect, it } from "vitest";

import { reasonsFor, OUTCOMES } from "@/lib/domain/outcomes";

import { documentValues, formatDocumentDate, formatDocumentNumber, formatYuan, informationSummary, inlineText, replyValues } from "./index";

describe("document values", () => {
  it("write dates as 2026年11月30日 without leading zeros", () => {
    expect(formatDocumentDate("2026-11-30")).toBe("2026年11月30日");
    expect(formatDocumentDate("2027-01-05")).toBe("2027年1月5日");
    expect(formatDocumentDate("2026-02-30")).toBe("2026-02-30");
  });

  it("number documents 〔year〕第n号", () => {
    expect(formatDocumentNumber(2026, 12)).toBe("〔2026〕第12号");
    expect(formatDocumentNumber(2027, 1)).toBe("〔2027〕第1号");
  });

  it("write yuan with fen", () => {
    expect(formatYuan(100)).toBe("100.00");
    expect(formatYuan(12.5)).toBe("12.50");
  });

  it("format every ISO date among the values and leave the rest", () => {
    expect(documentValues({ deadline: "2026-12-15", message: "请补充 2026-12-15 前的文件", n: 3, x: null })).toEqual({
      deadline: "2026年12月15日",
      message: "请补充 2026-12-15 前的文件",
      n: 3,
      x: null,
    });
  });

  it("strip the closing punctuation of text that sits inside a sentence", () => {
    expect(inlineText(" 需要调取多个部门的档案。 ")).toBe("需要调取多个部门的档案");
    expect(inlineText("某某公司；")).toBe("某某公司");
  });

  it("summarise the information sought by its title, else the start of its description", () => {
    expect(informationSummary("2025年财政预算", "很长的描述")).toBe("2025年财政预算");
    expect(informationSummary(null, "本市2025年\n道路维修经费的明细。")).toBe("本市2025年 道路维修经费的明细");
    expect(informationSummary("", "甲".repeat(120), 100)).toBe(`${"甲".repeat(100)}……`);
  });
});

describe("replyValues", () => {
  it("gives every allowed outcome/reason pair a label, a legal basis and a decision", () => {
    for (const outcome of OUTCOMES) {
      for (const code of reasonsFor(outcome)) {
        const v = replyValues(outcome, code);
        expect(v.reasonLabel, `${outcome}/${code}`).toEqual(expect.any(String));
        expect(v.legalBasis, `${outcome}/${code}`).toMatch(/^《中华人民共和国政府信息公开条例》第/);
        expect(v.decision, `${outcome}/${code}`).toEqual(expect.any(String));
      }
    }
  });

  it("cite Art. 36 (四) for information that does not exist and (五) for another agency's, both reason 4.1", () => {
    expect(replyValues("not_exist", "4.1").legalBasis).toContain("第三十六条第（四）项");
    expect(replyValues("not_this_agency", "4.1").legalBasis).toContain("第三十六条第（五）项");
    expect(replyValues("refused", "3.1")).toMatchObject({ reasonLabel: "属于国家秘密", decision: "决定不予公开" });
    expect(replyValues("refused", "5.2").decision).toBe("不予重复处理");
  });

  it("prefer the legal basis staff wrote, without its full stop", () => {
    expect(replyValues("refused", "3.1", "《中华人民共和国保守国家秘密法》第二条。").legalBasis).toBe("《中华人民共和国保守国家秘密法》第二条");
  });

  it("give nothing for a pair the outcome table forbids (the gaps stay visible)", () => {
    expect(replyValues("refused", "1")).toEqual({ reasonLabel: undefined, legalBasis: undefined, decision: undefined });
    expect(replyValues("disclosed", null).decision).toBeUndefined();
  });
});
