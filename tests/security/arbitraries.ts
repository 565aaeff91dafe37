import fc from "fast-check";

/** Strings people (and attackers) send: controls, lone surrogates, bidi overrides, SQL, HTML, template syntax. */
export const SPECIAL_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "\uDBFF\uDBFF",
  "\uFFFE\uFFFF",
  "\uFEFF",
  "\u202Eevil",
  "\r\n",
  "\t",
  "\u0085\u2028\u2029",
  "\u007F\u0080\u009F",
  "😀👨‍👩‍👧",
  "' OR 1=1 --",
  "'); DROP TABLE cases; --",
  "\\'; select pg_sleep(5); --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "${7*7}{{7*7}}#{7*7}",
  "../../../../etc/passwd",
  "%00%0d%0a",
  "\\",
  "null",
  "undefined",
  "NaN",
  "true",
  "1e400",
  "-0",
  "__proto__",
  "constructor",
  "GK-2026-000001",
  "110105194912310021",
  "91350100M000100Y43",
  "9".repeat(40),
] as const;

/** Any UTF-16 code units, lone surrogates and C0/C1 controls included. */
export const codeUnitString = (maxLength = 40) =>
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((units) => String.fromCharCode(...units));

/** A long run of one character (ASCII, CJK, astral, NUL, a lone surrogate), past every field limit. */
export const hugeString = fc
  .tuple(fc.integer({ min: 2_000, max: 120_000 }), fc.constantFrom("a", "字", "😀", "\u0000", "<", "\uD800", " "))
  .map(([n, c]) => c.repeat(n));

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 3, arbitrary: codeUnitString() },
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: hugeString },
);

/** Short hostile strings only (URLs, headers, file names). */
export const shortHostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  codeUnitString(30),
  fc.constantFrom(...SPECIAL_STRINGS),
  fc.string({ unit: "binary", maxLength: 20 }),
);

export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, 0.5) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(shortHostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(shortHostileString, shortHostileString, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

type Json = Record<string, unknown>;
export type Mutation = { path: string[]; op: "delete" | "set" | "unknown"; value: unknown; key: string };

/** Every path in a JSON object (the root `[]`, objects and leaves). */
export function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  const out: string[][] = [prefix];
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

/** One to four changes to a valid body: a field deleted, replaced by anything, or an unknown field added. */
export function mutationsOf(base: Json): fc.Arbitrary<Mutation[]> {
  const paths = pathsOf(base);
  return fc.array(
    fc.record({
      path: fc.constantFrom(...paths),
      op: fc.constantFrom<Mutation["op"]>("delete", "set", "set", "unknown"),
      value: anyValue,
      key: fc.oneof(shortHostileString, fc.constantFrom("priority", "__proto__", "status", "id", "trackingNumber")),
    }),
    { minLength: 1, maxLength: 4 },
  );
}

export function applyMutations(base: Json, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(base);
  for (const m of mutations) {
    if (m.path.length === 0) {
      if (m.op === "set") root = m.value;
      else if (m.op === "unknown" && root && typeof root === "object") defineField(root as Json, m.key || "x", m.value);
      continue;
    }
    let parent: unknown = root;
    for (const seg of m.path.slice(0, -1)) parent = parent && typeof parent === "object" ? (parent as Json)[seg] : undefined;
    if (!parent || typeof parent !== "object" || Array.isArray(parent)) continue;
    const last = m.path[m.path.length - 1]!;
    if (m.op === "delete") delete (parent as Json)[last];
    else if (m.op === "set") (parent as Json)[last] = m.value;
    else defineField(parent as Json, m.key || "x", m.value);
  }
  return root;
}

/** An own property even for "__proto__", so JSON.stringify sends it. */
function defineField(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** Raw bodies that are not (quite) JSON: truncated, random bytes, invalid UTF-8, deep nesting, a BOM, trailing garbage. */
export function rawJsonBodies(validText: string): fc.Arbitrary<Buffer> {
  const utf8 = Buffer.from(validText);
  const at = Math.max(1, validText.indexOf('"', 5) + 1);
  const inject = (bytes: number[]) => Buffer.concat([utf8.subarray(0, at), Buffer.from(bytes), utf8.subarray(at)]);
  return fc.oneof(
    fc.nat({ max: utf8.length - 1 }).map((n) => utf8.subarray(0, n)),
    fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.from(a)),
    fc.constantFrom(
      inject([0xed, 0xa0, 0x80]), // a UTF-16 surrogate encoded as UTF-8 (CESU/WTF-8)
      inject([0xc0, 0x80]), // overlong NUL
      inject([0xff, 0xfe]),
      inject([0xe4, 0xb8]), // truncated sequence
      inject([0x00]), // a raw NUL inside a JSON string
      Buffer.from("[".repeat(100_000)),
      Buffer.from("[".repeat(60_000) + "]".repeat(60_000)),
      Buffer.from(`${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}`),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
      Buffer.from(`${validText} trailing`),
      Buffer.from(validText.replace(/"/g, "'")),
      Buffer.from(`${validText.slice(0, -1)},}`),
      Buffer.from("{}"),
      Buffer.from(""),
    ),
    fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(JSON.stringify(v) ?? "null")),
  );
}

export const wrongJsonContentTypes = fc.constantFrom(
  "text/plain",
  "",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json-patch+json",
  "text/json",
  "application/xml",
  "application/javascript",
);
export const jsonContentTypes = fc.constantFrom("application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "application/json;charset=UTF-8");

/**
 * A path segment as a client might send it: percent-encoded text (lone surrogates as their WTF-8 bytes, which no
 * UTF-8 decoder accepts), or raw malformed escapes.
 */
export const pathSegment = fc
  .oneof(
    { weight: 4, arbitrary: shortHostileString.map((s) => encodeSegment(s) || "x") },
    { weight: 1, arbitrary: fc.constantFrom("%FF", "%C0%80", "%E4%B8", "%ED%A0%80", "%", "%zz", "%00", "%2F", "a%2F..%2Fb", "GK-2026-000001%00") },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 300 }).map(encodeURIComponent) },
  )
  // "." and ".." (also as %2e) are resolved by the client's URL parser: the server never sees them.
  .filter((s) => !/^(\.|%2e){1,2}$/i.test(s));

export function encodeSegment(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) out += [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join("");
    else out += encodeURIComponent(ch);
  }
  return out;
}

/** A query string built from hostile keys and values. */
export function queryOf(knownKeys: readonly string[], knownValues: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(fc.constantFrom(...knownKeys), shortHostileString);
  const value = fc.oneof(fc.constantFrom(...knownValues), shortHostileString, fc.integer().map(String));
  return fc
    .array(fc.tuple(key, value), { maxLength: 5 })
    .map((pairs) => pairs.map(([k, v]) => `${encodeSegment(k) || "k"}=${encodeSegment(v)}`).join("&"));
}
