import { describe, expect, it } from "vitest";

import { placeholdersOf, renderTemplate } from "./index";

describe("renderTemplate", () => {
  it("fills every placeholder, with or without spaces inside the braces", () => {
    const r = renderTemplate("{{applicantName}}：您的申请（受理编号：{{ trackingNumber }}）已于{{receivedAt}}收到。", {
      applicantName: "张三",
      trackingNumber: "GK-2026-000012",
      receivedAt: "2026年11月30日",
    });
    expect(r).toEqual({ text: "张三：您的申请（受理编号：GK-2026-000012）已于2026年11月30日收到。", missing: [] });
  });

  it("fills the same placeholder everywhere it appears", () => {
    expect(renderTemplate("{{a}}-{{a}}-{{a}}", { a: "x" }).text).toBe("x-x-x");
  });

  it("writes numbers as text", () => {
    expect(renderTemplate("延长{{workingDays}}个工作日", { workingDays: 20 }).text).toBe("延长20个工作日");
    expect(renderTemplate("{{n}}", { n: 0 }).text).toBe("0");
  });

  it("leaves unknown placeholders visible and reports each once, in order", () => {
    const r = renderTemplate("{{b}}，{{a}}，{{b}}，{{c}}", { a: "甲" });
    expect(r.text).toBe("{{b}}，甲，{{b}}，{{c}}");
    expect(r.missing).toEqual(["b", "c"]);
  });

  it("treats null, undefined and blank values as missing, never as silent gaps", () => {
    const r = renderTemplate("根据{{legalBasis}}的规定{{x}}{{y}}", { legalBasis: "  ", x: null, y: undefined });
    expect(r.text).toBe("根据{{legalBasis}}的规定{{x}}{{y}}");
    expect(r.missing).toEqual(["legalBasis", "x", "y"]);
  });

  it("normalises a spaced placeholder it cannot fill to its plain form", () => {
    expect(renderTemplate("{{ dueDate }}", {}).text).toBe("{{dueDate}}");
  });

  it("does not expand placeholders inside inserted values (one pass)", () => {
    const r = renderTemplate("补正事项：{{message}}", { message: "请写明{{trackingNumber}}", trackingNumber: "GK-1" });
    expect(r.text).toBe("补正事项：请写明{{trackingNumber}}");
    expect(r.missing).toEqual([]);
  });

  it("keeps $-patterns in values literally", () => {
    expect(renderTemplate("{{m}}", { m: "$& $1 $$" }).text).toBe("$& $1 $$");
  });

  it("ignores what is not a placeholder: single braces, numbers, empty braces, prototype names", () => {
    const r = renderTemplate("{a} {{2026}} {{}} {{ }} 〔2026〕第12号", {});
    expect(r).toEqual({ text: "{a} {{2026}} {{}} {{ }} 〔2026〕第12号", missing: [] });
    expect(renderTemplate("{{constructor}}{{toString}}", {}).missing).toEqual(["constructor", "toString"]);
  });

  it("keeps line breaks (paragraphs) as they are", () => {
    expect(renderTemplate("{{a}}：\n正文\n\n特此告知。", { a: "李四" }).text).toBe("李四：\n正文\n\n特此告知。");
  });
});

describe("placeholdersOf", () => {
  it("lists the names a template uses, once each", () => {
    expect(placeholdersOf("{{a}}{{ b }}{{a}}{c}{{1x}}")).toEqual(["a", "b"]);
  });
});
