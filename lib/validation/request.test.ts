import { describe, expect, it } from "vitest";
import { z } from "zod";
import { todayInShanghai } from "@/lib/domain/identity/calendar-date";
import { fieldErrorKeysFromZod } from "./errors";
import { makeStaffCaseSchema, ORGANIZATION_TYPES, requestSchema, staffCaseSchema } from "./request";

// Valid numbers are computed here, independently of lib/domain, from the published algorithms.
function residentId(region: string, birth: string, sequence: string): string {
  const first17 = region + birth + sequence;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first17 + "10X98765432"[sum % 11];
}
const ID = residentId("440106", "19900101", "123");
const CREDIT_CODE = "91350100M000100Y43";

function person(overrides: Record<string, unknown> = {}) {
  return {
    type: "natural_person",
    name: "张三",
    idType: "resident_id",
    idNumber: ID,
    phone: "13800138000",
    email: "zhangsan@example.cn",
    address: "广州市天河区体育西路1号",
    postalCode: "510620",
    ...overrides,
  };
}
function organization(overrides: Record<string, unknown> = {}) {
  return {
    type: "organization",
    organizationType: "legal_service",
    name: "广东某某律师事务所",
    creditCode: CREDIT_CODE,
    legalRepresentative: "李四",
    contactName: "王五",
    phone: "020-83116412",
    ...overrides,
  };
}
function body(overrides: Record<string, unknown> = {}, applicant: Record<string, unknown> = person()) {
  return {
    applicant,
    information: {
      title: "2025年度部门预算",
      documentNumber: "穗公〔2025〕12号",
      description: "请公开本局2025年度部门预算及其编制说明全文。",
    },
    purpose: "学术研究",
    form: "email",
    delivery: "email",
    ...overrides,
  };
}
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return fieldErrorKeysFromZod(result.error);
}
const errors = (input: unknown) => errorsOf(requestSchema, input);
const parse = (input: unknown) => requestSchema.parse(input);

describe("requestSchema: valid bodies", () => {
  it("accepts a natural person with a resident ID, normalising the number and phone", () => {
    const data = parse(body({}, person({ idNumber: " 11010519491231002x ", phone: "+86 138-0013-8000" })));
    expect(data.applicant).toMatchObject({ type: "natural_person", idNumber: "11010519491231002X", phone: "13800138000" });
    expect(data.form).toBe("email");
  });

  it("accepts a natural person with a passport or another document", () => {
    expect(parse(body({}, person({ idType: "passport", idNumber: "e12345678" }))).applicant.idNumber).toBe("E12345678");
    expect(errors(body({}, person({ idType: "other", idNumber: "HK-123" })))).toEqual({});
  });

  it.each(ORGANIZATION_TYPES)("accepts an organisation of type %s", (organizationType) => {
    const data = parse(body({ delivery: "post" }, organization({ organizationType, creditCode: "91350100m000100y43" })));
    expect(data.applicant).toMatchObject({ type: "organization", organizationType, creditCode: CREDIT_CODE });
  });

  it("needs only the required fields", () => {
    const minimal = {
      applicant: { type: "natural_person", name: "张三", idType: "resident_id", idNumber: ID, phone: "83116412" },
      information: { description: "本市2025年的空气质量月报" },
      form: "paper",
      delivery: "post",
    };
    expect(errors(minimal)).toEqual({});
  });

  it("turns empty optional strings from a web form into undefined", () => {
    const data = parse(
      body(
        { purpose: "", delivery: "post" },
        person({ email: "", address: "  ", postalCode: "", contactName: "", organizationType: "", creditCode: "" }),
      ),
    );
    expect(data.purpose).toBeUndefined();
    expect(data.applicant.email).toBeUndefined();
    expect(data.applicant.address).toBeUndefined();
    expect(data.applicant.postalCode).toBeUndefined();
    expect(data.applicant.organizationType).toBeUndefined();
  });

  it("trims strings and stores textarea line breaks as \\n", () => {
    const data = parse(
      body({ information: { description: "  第一行：2025年预算\r\n第二行：\t决算报告  " } }, person({ name: "  张三 " })),
    );
    expect(data.applicant.name).toBe("张三");
    expect(data.information.description).toBe("第一行：2025年预算\n第二行：\t决算报告");
  });

  it("stores hostile-looking but valid text verbatim", () => {
    const sql = "'; DROP TABLE requests; -- 请公开全部材料";
    const html = '<script>alert("x")</script>';
    const data = parse(
      body({ purpose: html, information: { description: sql, title: html } }, person({ name: "O'Brien <b>" })),
    );
    expect(data.information.description).toBe(sql);
    expect(data.information.title).toBe(html);
    expect(data.purpose).toBe(html);
    expect(data.applicant.name).toBe("O'Brien <b>");
  });

  it("counts characters, not UTF-16 units, against the limits", () => {
    expect(errors(body({ information: { description: "😀".repeat(5000) } }))).toEqual({});
    expect(errors(body({}, person({ name: "𠮷".repeat(100) })))).toEqual({});
  });

  it("drops the other applicant type's fields instead of storing them", () => {
    const org = parse(body({ delivery: "post" }, organization({ idType: "resident_id", idNumber: "garbage" })));
    expect(org.applicant).not.toHaveProperty("idNumber");
    expect(org.applicant).not.toHaveProperty("idType");
    const natural = parse(body({}, person({ organizationType: "commercial", creditCode: "nonsense", legalRepresentative: "X" })));
    expect(natural.applicant).not.toHaveProperty("creditCode");
    expect(natural.applicant).not.toHaveProperty("organizationType");
    expect(natural.applicant).not.toHaveProperty("legalRepresentative");
  });
});

describe("requestSchema: each invalid class at its leaf path", () => {
  it.each<[string, unknown, Record<string, string>]>([
    ["applicant missing", { ...body(), applicant: undefined }, { applicant: "validation.required" }],
    ["applicant not an object", body({ applicant: "张三" }), { applicant: "validation.invalidType" }],
    ["information missing", { ...body(), information: undefined }, { information: "validation.required" }],
    ["type missing", body({}, { ...person(), type: undefined }), { "applicant.type": "validation.required" }],
    ["type unknown", body({}, person({ type: "company" })), { "applicant.type": "validation.invalidOption" }],
    ["name missing", body({}, { ...person(), name: undefined }), { "applicant.name": "validation.required" }],
    ["name blank", body({}, person({ name: "   " })), { "applicant.name": "validation.required" }],
    ["name not a string", body({}, person({ name: 42 })), { "applicant.name": "validation.invalidType" }],
    ["name too long", body({}, person({ name: "张".repeat(101) })), { "applicant.name": "validation.name.tooLong" }],
    ["name with a line break", body({}, person({ name: "张\n三" })), { "applicant.name": "validation.text.lineBreak" }],
    ["phone missing", body({}, { ...person(), phone: undefined }), { "applicant.phone": "validation.required" }],
    ["phone invalid", body({}, person({ phone: "12345" })), { "applicant.phone": "validation.phone.invalid" }],
    ["phone too long", body({}, person({ phone: "1".repeat(41) })), { "applicant.phone": "validation.phone.invalid" }],
    ["email invalid", body({}, person({ email: "zhangsan@" })), { "applicant.email": "validation.email.invalid" }],
    [
      "email missing for delivery by e-mail",
      body({ delivery: "email" }, person({ email: "" })),
      { "applicant.email": "validation.email.requiredForDelivery" },
    ],
    ["postal code", body({}, person({ postalCode: "5106" })), { "applicant.postalCode": "validation.postalCode.invalid" }],
    ["address too long", body({}, person({ address: "路".repeat(201) })), { "applicant.address": "validation.address.tooLong" }],
    ["idType missing", body({}, person({ idType: undefined })), { "applicant.idType": "validation.required" }],
    ["idType unknown", body({}, person({ idType: "driving_licence" })), { "applicant.idType": "validation.invalidOption" }],
    ["idNumber missing", body({}, person({ idNumber: "" })), { "applicant.idNumber": "validation.required" }],
    [
      "resident ID with a wrong check character",
      body({}, person({ idNumber: "110105194912310021" })),
      { "applicant.idNumber": "validation.idNumber.checksum" },
    ],
    [
      "resident ID with an impossible birth date",
      body({}, person({ idNumber: residentId("440106", "19900230", "123") })),
      { "applicant.idNumber": "validation.idNumber.birthDate" },
    ],
    [
      "resident ID of the wrong shape",
      body({}, person({ idNumber: "44010619900101123" })),
      { "applicant.idNumber": "validation.idNumber.format" },
    ],
    [
      "passport number too short",
      body({}, person({ idType: "passport", idNumber: "E1" })),
      { "applicant.idNumber": "validation.idNumber.otherFormat" },
    ],
    [
      "passport number with punctuation",
      body({}, person({ idType: "passport", idNumber: "E123/4567" })),
      { "applicant.idNumber": "validation.idNumber.otherFormat" },
    ],
    [
      "other document number too long",
      body({}, person({ idType: "other", idNumber: "A".repeat(41) })),
      { "applicant.idNumber": "validation.idNumber.otherFormat" },
    ],
    [
      "organisation without sub-type",
      body({ delivery: "post" }, organization({ organizationType: "" })),
      { "applicant.organizationType": "validation.required" },
    ],
    [
      "organisation with an unknown sub-type",
      body({ delivery: "post" }, organization({ organizationType: "ngo" })),
      { "applicant.organizationType": "validation.invalidOption" },
    ],
    [
      "organisation without credit code",
      body({ delivery: "post" }, organization({ creditCode: undefined })),
      { "applicant.creditCode": "validation.required" },
    ],
    [
      "credit code with a wrong check character",
      body({ delivery: "post" }, organization({ creditCode: "91350100M000100Y44" })),
      { "applicant.creditCode": "validation.creditCode.checksum" },
    ],
    [
      "credit code with a forbidden letter",
      body({ delivery: "post" }, organization({ creditCode: "91350100O000100Y43" })),
      { "applicant.creditCode": "validation.creditCode.format" },
    ],
    [
      "legal representative too long",
      body({ delivery: "post" }, organization({ legalRepresentative: "李".repeat(101) })),
      { "applicant.legalRepresentative": "validation.legalRepresentative.tooLong" },
    ],
    [
      "description missing",
      body({ information: { title: "预算" } }),
      { "information.description": "validation.required" },
    ],
    [
      "description under 10 characters once trimmed",
      body({ information: { description: "   请公开预算文件   " } }),
      { "information.description": "validation.description.tooShort" },
    ],
    [
      "description too long",
      body({ information: { description: "字".repeat(5001) } }),
      { "information.description": "validation.description.tooLong" },
    ],
    [
      "title too long",
      body({ information: { title: "题".repeat(201), description: "请公开2025年度部门预算" } }),
      { "information.title": "validation.title.tooLong" },
    ],
    [
      "document number too long",
      body({ information: { documentNumber: "号".repeat(101), description: "请公开2025年度部门预算" } }),
      { "information.documentNumber": "validation.documentNumber.tooLong" },
    ],
    ["purpose too long", body({ purpose: "用".repeat(1001) }), { purpose: "validation.purpose.tooLong" }],
    [
      "a megabyte of description",
      body({ information: { description: "字".repeat(1_000_000) } }),
      { "information.description": "validation.description.tooLong" },
    ],
    ["form missing", { ...body(), form: undefined }, { form: "validation.required" }],
    ["form unknown", body({ form: "fax" }), { form: "validation.invalidOption" }],
    ["delivery empty", body({ delivery: "" }), { delivery: "validation.required" }],
    ["delivery unknown", body({ delivery: "courier" }), { delivery: "validation.invalidOption" }],
  ])("%s", (_label, input, expected) => {
    expect(errors(input)).toEqual(expected);
  });

  it("reports every problem at once, cross-field ones included", () => {
    const input = body(
      { form: "x", information: { description: "短" } },
      { type: "organization", name: "", phone: "1", email: "bad" },
    );
    expect(errors(input)).toEqual({
      "applicant.name": "validation.required",
      "applicant.phone": "validation.phone.invalid",
      "applicant.email": "validation.email.invalid",
      "applicant.organizationType": "validation.required",
      "applicant.creditCode": "validation.required",
      "information.description": "validation.description.tooShort",
      form: "validation.invalidOption",
    });
  });

  it("gives one message per field, the first problem found", () => {
    expect(errors(body({}, person({ idNumber: "11010519491231002\u0000" })))).toEqual({
      "applicant.idNumber": "validation.text.controlChars",
    });
  });
});

describe("requestSchema: unknown keys", () => {
  it("reports an unknown key at each level at its own path", () => {
    expect(errors({ ...body(), foo: 1 })).toEqual({ foo: "validation.unknownField" });
    expect(errors(body({}, person({ bar: "x" })))).toEqual({ "applicant.bar": "validation.unknownField" });
    expect(errors(body({ information: { description: "请公开2025年度部门预算", baz: true } }))).toEqual({
      "information.baz": "validation.unknownField",
    });
  });

  it("reports a __proto__ key from JSON as an ordinary field", () => {
    const input = JSON.parse(JSON.stringify(body()).replace('"applicant":{', '"applicant":{"__proto__":{"x":1},'));
    const result = errors(input);
    expect(Object.keys(result)).toEqual(["applicant.__proto__"]);
  });

  it.each([null, [], "text", 42, undefined])("reports a body that is not an object at _root: %j", (input) => {
    expect(errors(input)).toEqual({ _root: "validation.body.invalid" });
  });
});

describe("requestSchema: control characters and invalid Unicode", () => {
  const withDescription = (description: string) => body({ information: { description } });
  const padding = "请公开2025年度部门预算";

  it.each(["\u0000", "\u0007", "\u000b", "\u001b", "\u007f", "\u0085", "\u009b"])(
    "rejects the control character U+%s inside text",
    (ch) => {
      expect(errors(withDescription(`${padding}${ch}${padding}`))).toEqual({
        "information.description": "validation.text.controlChars",
      });
      expect(errors(body({}, person({ name: `张${ch}三` })))).toEqual({ "applicant.name": "validation.text.controlChars" });
    },
  );

  it("allows \\n and \\t in a description", () => {
    expect(errors(withDescription(`${padding}\n\t${padding}`))).toEqual({});
  });

  it.each(["\uD800", "\uDC00", "\uDE00\uD83D"])("rejects a lone surrogate %j", (s) => {
    expect(errors(withDescription(`${padding}${s}`))).toEqual({ "information.description": "validation.text.invalidUnicode" });
    expect(errors(body({}, person({ name: s })))).toEqual({ "applicant.name": "validation.text.invalidUnicode" });
  });

  it("accepts a proper surrogate pair", () => {
    expect(errors(withDescription(`${padding}😀𠮷`))).toEqual({});
  });
});

describe("staffCaseSchema", () => {
  const TODAY = "2026-03-10";
  const staff = makeStaffCaseSchema(TODAY);
  const staffBody = (overrides: Record<string, unknown> = {}) =>
    ({ ...body({ delivery: "post" }), channel: "letter", receivedAt: "2026-03-09", ...overrides }) as Record<string, unknown>;

  it("accepts a request registered by staff, received today or earlier", () => {
    expect(errorsOf(staff, staffBody())).toEqual({});
    expect(staff.parse(staffBody({ receivedAt: TODAY }))).toMatchObject({ channel: "letter", receivedAt: TODAY });
    expect(errorsOf(staff, staffBody({ receivedAt: "2008-05-01" }))).toEqual({});
  });

  it("applies every rule of the public request", () => {
    expect(errorsOf(staff, staffBody({ delivery: "email", applicant: person({ email: "" }) }))).toEqual({
      "applicant.email": "validation.email.requiredForDelivery",
    });
    expect(errorsOf(staff, staffBody({ extra: 1 }))).toEqual({ extra: "validation.unknownField" });
  });

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ["channel missing", { channel: undefined }, { channel: "validation.required" }],
    ["channel unknown", { channel: "pigeon" }, { channel: "validation.invalidOption" }],
    ["receivedAt missing", { receivedAt: undefined }, { receivedAt: "validation.required" }],
    ["receivedAt empty", { receivedAt: "" }, { receivedAt: "validation.required" }],
    ["receivedAt impossible", { receivedAt: "2026-02-30" }, { receivedAt: "validation.receivedAt.invalid" }],
    ["receivedAt in another format", { receivedAt: "2026/03/01" }, { receivedAt: "validation.receivedAt.invalid" }],
    ["receivedAt with a time", { receivedAt: "2026-03-01T08:00:00Z" }, { receivedAt: "validation.receivedAt.invalid" }],
    ["receivedAt tomorrow", { receivedAt: "2026-03-11" }, { receivedAt: "validation.receivedAt.future" }],
    ["receivedAt before the Regulation", { receivedAt: "2008-04-30" }, { receivedAt: "validation.receivedAt.tooEarly" }],
    ["receivedAt not a string", { receivedAt: 20260301 }, { receivedAt: "validation.invalidType" }],
  ])("%s", (_label, overrides, expected) => {
    expect(errorsOf(staff, staffBody(overrides))).toEqual(expected);
  });

  it("checks birth dates in ID numbers against the given today", () => {
    const bornTomorrow = residentId("440106", "20260311", "123");
    expect(errorsOf(staff, staffBody({ applicant: person({ idNumber: bornTomorrow }) }))).toEqual({
      "applicant.idNumber": "validation.idNumber.birthDate",
    });
    expect(errorsOf(makeStaffCaseSchema("2026-03-11"), staffBody({ applicant: person({ idNumber: bornTomorrow }) }))).toEqual(
      {},
    );
  });

  it("refuses a malformed today", () => {
    expect(() => makeStaffCaseSchema("2026-3-1")).toThrow();
  });

  it("takes today in Asia/Shanghai at each parse in the shared schema", () => {
    expect(errorsOf(staffCaseSchema, staffBody({ receivedAt: todayInShanghai() }))).toEqual({});
    expect(errorsOf(staffCaseSchema, staffBody({ receivedAt: "2999-01-01" }))).toEqual({
      receivedAt: "validation.receivedAt.future",
    });
  });
});
