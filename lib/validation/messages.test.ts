import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isValidationMessageKey, translateValidationMessage, VALIDATION_MESSAGES } from "./messages";

describe("VALIDATION_MESSAGES", () => {
  const zh = VALIDATION_MESSAGES["zh-CN"];
  const en = VALIDATION_MESSAGES.en;

  it("has the same keys in both locales", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.keys(VALIDATION_MESSAGES["zh-CN"]))("has non-empty text for %s in both locales", (key) => {
    const k = key as keyof typeof zh;
    expect(zh[k].trim().length).toBeGreaterThan(0);
    expect(en[k].trim().length).toBeGreaterThan(0);
    expect(zh[k]).toMatch(/[\u4e00-\u9fff]/);
    expect(zh[k]).not.toMatch(/[{}]|undefined/);
    expect(en[k]).not.toMatch(/[{}]|undefined/);
  });

  it("covers every message key written in lib/validation", () => {
    const dir = __dirname;
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const source = readFileSync(join(dir, file), "utf8");
      for (const m of source.matchAll(/["'`](validation\.[A-Za-z.]+)["'`]/g)) used.add(m[1]!);
    }
    // Keys built from a domain problem code (`validation.idNumber.${problem}`).
    for (const p of ["format", "birthDate", "checksum"]) used.add(`validation.idNumber.${p}`);
    for (const p of ["format", "checksum"]) used.add(`validation.creditCode.${p}`);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !isValidationMessageKey(k))).toEqual([]);
  });
});

describe("translateValidationMessage", () => {
  it("translates keys and passes anything else through", () => {
    expect(translateValidationMessage("validation.idNumber.checksum", "zh-CN")).toBe("身份证号码校验位不正确");
    expect(translateValidationMessage("validation.idNumber.checksum", "en")).toBe(
      "The check character of this ID number is wrong.",
    );
    expect(translateValidationMessage("Something else", "zh-CN")).toBe("Something else");
    expect(translateValidationMessage("toString", "en")).toBe("toString");
  });
});
