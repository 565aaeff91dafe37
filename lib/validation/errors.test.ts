import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorKeysFromZod, fieldErrorsFromZod, ROOT_ERROR_KEY } from "./errors";
import { VALIDATION_MESSAGES } from "./messages";
import { requestSchema } from "./request";

function zodError(schema: z.ZodType, input: unknown): z.ZodError {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return result.error;
}

const badBody = {
  applicant: { type: "natural_person", name: "张三", idType: "resident_id", idNumber: "110105194912310021", phone: "1", foo: 1 },
  information: {},
  form: "paper",
  delivery: "teleport",
};

describe("fieldErrorsFromZod", () => {
  it("maps every issue to its leaf path with text in the requested locale", () => {
    const error = zodError(requestSchema, badBody);
    expect(fieldErrorsFromZod(error, "zh-CN")).toEqual({
      "applicant.idNumber": "身份证号码校验位不正确",
      "applicant.phone": VALIDATION_MESSAGES["zh-CN"]["validation.phone.invalid"],
      "applicant.foo": VALIDATION_MESSAGES["zh-CN"]["validation.unknownField"],
      "information.description": VALIDATION_MESSAGES["zh-CN"]["validation.required"],
      delivery: VALIDATION_MESSAGES["zh-CN"]["validation.invalidOption"],
    });
    expect(fieldErrorsFromZod(error, "en")).toEqual({
      "applicant.idNumber": "The check character of this ID number is wrong.",
      "applicant.phone": VALIDATION_MESSAGES.en["validation.phone.invalid"],
      "applicant.foo": VALIDATION_MESSAGES.en["validation.unknownField"],
      "information.description": VALIDATION_MESSAGES.en["validation.required"],
      delivery: VALIDATION_MESSAGES.en["validation.invalidOption"],
    });
  });

  it("reports a body that is not an object under _root", () => {
    expect(ROOT_ERROR_KEY).toBe("_root");
    expect(fieldErrorsFromZod(zodError(requestSchema, "nope"), "zh-CN")).toEqual({
      _root: VALIDATION_MESSAGES["zh-CN"]["validation.body.invalid"],
    });
  });

  it("keeps the first message when several issues share a path", () => {
    const schema = z.object({ a: z.string().refine(() => false, "validation.required").refine(() => false, "validation.tooLong") });
    expect(fieldErrorKeysFromZod(zodError(schema, { a: "x" }))).toEqual({ a: "validation.required" });
  });

  it("reports each unknown key of one issue separately", () => {
    const schema = z.strictObject({ inner: z.strictObject({ a: z.string() }) });
    expect(fieldErrorKeysFromZod(zodError(schema, { inner: { a: "x", b: 1, c: 2 } }))).toEqual({
      "inner.b": "validation.unknownField",
      "inner.c": "validation.unknownField",
    });
  });

  it("gives readable text in both locales for issues from schemas without message keys", () => {
    const schema = z.object({ s: z.string(), n: z.number().min(5), e: z.enum(["a", "b"]), list: z.array(z.string()) });
    const error = zodError(schema, { s: 1, n: 2, e: "c", list: ["ok", 3] });
    const zh = fieldErrorsFromZod(error, "zh-CN");
    const en = fieldErrorsFromZod(error, "en");
    expect(Object.keys(zh)).toEqual(["s", "n", "e", "list.1"]);
    expect(zh.s).toBe(VALIDATION_MESSAGES["zh-CN"]["validation.invalidType"]);
    expect(zh.e).toBe(VALIDATION_MESSAGES["zh-CN"]["validation.invalidOption"]);
    expect(zh.n).toMatch(/[\u4e00-\u9fff]/); // zod's zh-CN locale
    expect(en.n).toMatch(/too small/i); // zod's en locale
    for (const text of [...Object.values(zh), ...Object.values(en)]) expect(text.length).toBeGreaterThan(0);
  });

  it("does not depend on or change zod's global configuration", () => {
    const before = { ...z.config() };
    fieldErrorsFromZod(zodError(z.object({ n: z.number().min(5) }), { n: 1 }), "zh-CN");
    expect(z.config()).toEqual(before);
  });
});
