import { describe, expect, it } from "vitest";
import {
  checkResidentId,
  isValidResidentId,
  maskResidentId,
  normalizeResidentId,
  residentIdCheckChar,
} from "./resident-id";

const TODAY = "2026-06-15";

// Independent of the implementation: ISO 7064 MOD 11-2 written out from GB 11643-1999.
function checkChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return "10X98765432"[sum % 11]!;
}
function makeId(region: string, birth: string, sequence: string): string {
  const first17 = region + birth + sequence;
  return first17 + checkChar(first17);
}

describe("isValidResidentId", () => {
  it("accepts the example published in GB 11643-1999", () => {
    expect(isValidResidentId("11010519491231002X", TODAY)).toBe(true);
  });

  it("accepts generated numbers of real shape", () => {
    const ids = [
      makeId("440106", "19900101", "123"), // Guangzhou Tianhe
      makeId("110105", "20000229", "045"), // leap day
      makeId("310115", "19850615", "871"),
      makeId("650102", "19000101", "002"), // the earliest year accepted
      makeId("440305", "20260615", "011"), // born today
    ];
    for (const id of ids) expect(isValidResidentId(id, TODAY), id).toBe(true);
  });

  it("accepts numbers whose check character is X, in either case, normalising to upper case", () => {
    // Search a sequence number whose check character is X.
    const id = Array.from({ length: 1000 }, (_, n) => makeId("440106", "19900101", String(n).padStart(3, "0"))).find(
      (candidate) => candidate.endsWith("X"),
    )!;
    expect(isValidResidentId(id.toLowerCase(), TODAY)).toBe(true);
    expect(checkResidentId(id.toLowerCase(), TODAY)).toEqual({ ok: true, value: id });
  });

  it("folds full-width characters and spaces typed with a Chinese IME", () => {
    expect(checkResidentId("１１０１０５ １９４９１２３１ ００２ｘ", TODAY)).toEqual({ ok: true, value: "11010519491231002X" });
  });

  it.each([
    ["empty", ""],
    ["17 characters", "11010519491231002"],
    ["19 characters", "11010519491231002X1"],
    ["15-digit first-generation number", "110105491231002"],
    ["a letter in the body", "1101051949123100AX"],
    ["X not at the end", "X10105194912310021"],
    ["a hyphen", "110105-19491231002X"],
    ["a letter other than X as check character", "11010519491231002Y"],
  ])("rejects the wrong format: %s", (_label, id) => {
    expect(checkResidentId(id, TODAY)).toEqual({ ok: false, problem: "format" });
  });

  it.each([
    ["30 February", makeId("440106", "19900230", "123")],
    ["month 13", makeId("440106", "19901301", "123")],
    ["month 00", makeId("440106", "19900001", "123")],
    ["day 00", makeId("440106", "19900100", "123")],
    ["29 February of a non-leap year", makeId("440106", "19900229", "123")],
    ["29 February 1900 (not a leap year)", makeId("440106", "19000229", "123")],
    ["before 1900", makeId("440106", "18991231", "123")],
    ["born tomorrow", makeId("440106", "20260616", "123")],
    ["far future", makeId("440106", "20990101", "123")],
  ])("rejects an impossible birth date: %s", (_label, id) => {
    expect(checkResidentId(id, TODAY)).toEqual({ ok: false, problem: "birthDate" });
  });

  it("rejects the 1880 example of the standard, whose check character is right, for its birth year", () => {
    expect(residentIdCheckChar("44052418800101001")).toBe("4");
    expect(checkResidentId("440524188001010014", TODAY)).toEqual({ ok: false, problem: "birthDate" });
  });

  it("rejects a wrong check character and a single mistyped digit", () => {
    expect(checkResidentId("110105194912310021", TODAY)).toEqual({ ok: false, problem: "checksum" });
    expect(checkResidentId("11010519491231003X", TODAY)).toEqual({ ok: false, problem: "checksum" });
    const id = makeId("440106", "19900101", "123");
    const swapped = id.slice(0, 15) + id[16] + id[15] + id[17]; // two sequence digits transposed
    expect(swapped).not.toBe(id);
    expect(checkResidentId(swapped, TODAY)).toEqual({ ok: false, problem: "checksum" });
  });

  it("uses today in Asia/Shanghai when no date is given", () => {
    expect(isValidResidentId("11010519491231002X")).toBe(true);
    expect(isValidResidentId(makeId("440106", "20990101", "123"))).toBe(false);
  });
});

describe("residentIdCheckChar", () => {
  it("matches the standard's algorithm and refuses anything but 17 digits", () => {
    expect(residentIdCheckChar("11010519491231002")).toBe("X");
    expect(residentIdCheckChar("4401061990010112")).toBeNull();
    expect(residentIdCheckChar("4401061990010112A")).toBeNull();
  });
});

describe("normalizeResidentId / maskResidentId", () => {
  it("upper-cases and strips spaces", () => {
    expect(normalizeResidentId(" 11010519491231002x ")).toBe("11010519491231002X");
  });

  it("keeps the first 4 and last 4 characters", () => {
    expect(maskResidentId("11010519491231002x")).toBe("1101**********002X");
    expect(maskResidentId("440106199001011234")).toBe("4401**********1234");
  });
});
