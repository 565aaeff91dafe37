import { describe, expect, it } from "vitest";
import { isValidPhone, normalizePhone, parsePhone } from "./phone";

describe("parsePhone", () => {
  it.each([
    ["13800138000", "13800138000"],
    ["19912345678", "19912345678"],
    ["138 0013 8000", "13800138000"],
    ["138-0013-8000", "13800138000"],
    ["+86 138 0013 8000", "13800138000"],
    ["+8613800138000", "13800138000"],
    ["86 13800138000", "13800138000"],
    ["0086-13800138000", "13800138000"],
    ["１３８００１３８０００", "13800138000"],
  ])("accepts the mobile number %s", (input, normalized) => {
    expect(parsePhone(input)).toEqual({ kind: "mobile", normalized });
  });

  it.each([
    ["020-83116412", "020-83116412"],
    ["0755-12345678", "0755-12345678"],
    ["010-1234567", "010-1234567"],
    ["02083116412", "020-83116412"],
    ["020 8311 6412", "020-83116412"],
    ["(020)83116412", "020-83116412"],
    ["（020）83116412", "020-83116412"],
    ["020－83116412", "020-83116412"],
    ["+86 20 8311 6412", "020-83116412"],
    ["0086-755-12345678", "0755-12345678"],
    ["83116412", "83116412"],
    ["8311641", "8311641"],
    ["020-83116412-123", "020-83116412-123"],
    ["020-83116412 转 123", "020-83116412-123"],
    ["020-83116412转8001", "020-83116412-8001"],
    ["020-83116412 ext. 12", "020-83116412-12"],
    ["83116412-123", "83116412-123"],
  ])("accepts the landline %s", (input, normalized) => {
    expect(parsePhone(input)).toEqual({ kind: "landline", normalized });
  });

  it("gives back its own normalised form unchanged", () => {
    for (const n of ["13800138000", "020-83116412", "0755-12345678-123", "83116412"]) {
      expect(normalizePhone(n)).toBe(n);
    }
  });

  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["a truncated mobile (10 digits)", "1380013800"],
    ["a mobile with 12 digits", "138001380001"],
    ["a mobile starting 12", "12800138000"],
    ["a truncated mobile that looks like a local number", "13800138"],
    ["a local number starting 1 without area code", "12345678"],
    ["a local number starting 0", "03116412"],
    ["a 6-digit local number", "020-831164"],
    ["a 9-digit local number", "020-831164123"],
    ["an area code without local number", "020"],
    ["a mobile with an extension", "13800138000 转 1"],
    ["letters", "phone"],
    ["letters among digits", "020-8311ABCD"],
    ["a foreign number", "+1 415 555 0100"],
    ["a service number", "10086"],
    ["an over-long string", "0".repeat(41)],
    ["an extension of 7 digits", "020-83116412-1234567"],
  ])("rejects %s", (_label, input) => {
    expect(parsePhone(input)).toBeNull();
    expect(isValidPhone(input)).toBe(false);
  });
});
