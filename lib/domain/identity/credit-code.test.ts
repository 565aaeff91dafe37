import { describe, expect, it } from "vitest";
import {
  checkCreditCode,
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  isValidCreditCode,
  maskCreditCode,
  normalizeCreditCode,
} from "./credit-code";

// Independent of the implementation: GB 32100-2015, written out from the standard.
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function weightedSum(first17: string): number {
  return [...first17].reduce((acc, c, i) => acc + CHARSET.indexOf(c) * WEIGHTS[i]!, 0);
}
function makeCode(first17: string): string {
  const c18 = 31 - (weightedSum(first17) % 31);
  return first17 + CHARSET[c18 === 31 ? 0 : c18];
}

describe("isValidCreditCode", () => {
  it("accepts codes published by registered companies", () => {
    for (const code of [
      "91350100M000100Y43",
      "9144030071526726XG", // 腾讯科技（深圳）有限公司
      "914403001922038216", // 华为技术有限公司
      "91330100799655058B", // 阿里巴巴（中国）有限公司
      "91110108551385082Q", // 小米科技有限责任公司
    ]) {
      expect(isValidCreditCode(code), code).toBe(true);
    }
  });

  it("accepts generated codes of every registration kind", () => {
    for (const first17 of [
      "91440101MA5CXXXX1", // enterprise, Guangzhou
      "11440000MB2C12345", // government body
      "12100000400000624", // public institution
      "51440000MJL123456", // social organisation
      "Y1440101MA59AB12C", // other (登记管理机关 Y)
    ]) {
      const code = makeCode(first17);
      expect(isValidCreditCode(code), code).toBe(true);
    }
  });

  it("maps a remainder of 0 to the check character 0", () => {
    // 28 · 10 ≡ 1 (mod 31), so this 17th character makes the weighted sum a multiple of 31.
    const first16 = "9144010119000000";
    const v17 = (((-weightedSum(first16 + "0") * 10) % 31) + 31) % 31;
    const first17 = first16 + CHARSET[v17];
    expect(weightedSum(first17) % 31).toBe(0);
    expect(creditCodeCheckChar(first17)).toBe("0");
    expect(isValidCreditCode(first17 + "0")).toBe(true);
  });

  it("normalises lower case, spaces and full-width characters", () => {
    expect(checkCreditCode(" 91350100m000100y43 ")).toEqual({ ok: true, value: "91350100M000100Y43" });
    expect(checkCreditCode("９１３５０１００Ｍ０００１００Ｙ４３")).toEqual({ ok: true, value: "91350100M000100Y43" });
  });

  it.each([
    ["empty", ""],
    ["17 characters", "91350100M000100Y4"],
    ["19 characters", "91350100M000100Y431"],
    ["letter I", "91350100I000100Y43"],
    ["letter O", "91350100O000100Y43"],
    ["letter Z", "91350100Z000100Y43"],
    ["letter S", "91350100S000100Y43"],
    ["letter V", "91350100V000100Y43"],
    ["a hyphen", "91350100-000100Y43"],
    ["a Chinese character", "91350100中000100Y4"],
    ["the 15-digit registration number of old", "350100100001234"],
  ])("rejects the wrong format: %s", (_label, code) => {
    expect(checkCreditCode(code)).toEqual({ ok: false, problem: "format" });
  });

  it("rejects a wrong check character", () => {
    expect(checkCreditCode("91350100M000100Y44")).toEqual({ ok: false, problem: "checksum" });
    expect(checkCreditCode("91350100M000100Y4Y")).toEqual({ ok: false, problem: "checksum" });
    expect(checkCreditCode("91350100M000101Y43")).toEqual({ ok: false, problem: "checksum" });
  });

  it("does not judge the registration-authority or region parts, only the check character", () => {
    expect(isValidCreditCode(makeCode("00000000000000000"))).toBe(true);
    expect(isValidCreditCode(makeCode("YYYYYYYYYYYYYYYYY"))).toBe(true);
  });
});

describe("creditCodeCheckChar", () => {
  it("refuses input that is not 17 characters of the charset", () => {
    expect(CREDIT_CODE_CHARSET).toBe(CHARSET);
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
    expect(creditCodeCheckChar("91350100M000100Y")).toBeNull();
    expect(creditCodeCheckChar("91350100I000100Y4")).toBeNull();
  });
});

describe("normalizeCreditCode / maskCreditCode", () => {
  it("upper-cases and masks the middle", () => {
    expect(normalizeCreditCode("91350100m000100y43")).toBe("91350100M000100Y43");
    expect(maskCreditCode("91350100m000100y43")).toBe("9135**********0Y43");
  });
});
