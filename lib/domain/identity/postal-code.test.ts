import { describe, expect, it } from "vitest";
import { isValidPostalCode, normalizePostalCode } from "./postal-code";

describe("isValidPostalCode", () => {
  it.each(["510000", "100031", "518000", "０１００５０"])("accepts %s", (code) => {
    expect(isValidPostalCode(code)).toBe(true);
  });

  it.each(["", "51000", "5100000", "51000A", "510-000", "五一〇〇〇〇"])("rejects %s", (code) => {
    expect(isValidPostalCode(code)).toBe(false);
  });

  it("folds full-width digits and spaces", () => {
    expect(normalizePostalCode(" ５１０ ０００ ")).toBe("510000");
  });
});
