import { describe, expect, it } from "vitest";

import { BODY_FONT_PT, BODY_LINE_PT, pageNumberLabel, paragraphsOf, TEXT_HEIGHT_MM, TEXT_WIDTH_MM } from "./index";

describe("document layout", () => {
  it("has the GB/T 9704 text block: 156 × 225 mm, 28 characters of about 16 pt on 22 lines", () => {
    expect(TEXT_WIDTH_MM).toBe(156);
    expect(TEXT_HEIGHT_MM).toBe(225);
    expect(BODY_FONT_PT).toBeGreaterThan(15.5);
    expect(BODY_FONT_PT).toBeLessThanOrEqual(16);
    expect(BODY_LINE_PT).toBeCloseTo(29, 1);
  });

  it("indents every paragraph but the salutation and drops blank lines and hand-typed indents", () => {
    expect(paragraphsOf("张三：\r\n　　本机关于……\n\n  特此告知。  ")).toEqual([
      { text: "张三：", indent: false },
      { text: "本机关于……", indent: true },
      { text: "特此告知。", indent: true },
    ]);
  });

  it("treats a short first line ending in a colon as the salutation, a sentence as a paragraph", () => {
    expect(paragraphsOf("经审查，现答复如下：\n正文")[0]).toEqual({ text: "经审查，现答复如下：", indent: false });
    expect(paragraphsOf("本机关于2026年11月30日收到您的申请。")[0]!.indent).toBe(true);
  });

  it("numbers pages — 1 —", () => {
    expect(pageNumberLabel(1)).toBe("— 1 —");
    expect(pageNumberLabel(12)).toBe("— 12 —");
  });
});
