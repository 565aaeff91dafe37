import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";

const zhCN = MESSAGES["zh-CN"];
const en = MESSAGES.en;

function leaves(obj: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    // next-intl reads a dot as nesting: a key with a dot in it can never be found.
    if (k.includes(".")) throw new Error(`catalog key with a dot: ${prefix}.${k}`);
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
}

describe("message catalogs", () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it("never define one namespace in two area files", () => {
    const count = (parts: object[]) => parts.flatMap((p) => Object.keys(p)).length;
    expect(Object.keys(zhCN).length).toBe(count(Object.values(import.meta.glob("@/lib/i18n/messages/zh-CN{.json,/*.json}", { eager: true, import: "default" })) as object[]));
    expect(Object.keys(en).length).toBe(count(Object.values(import.meta.glob("@/lib/i18n/messages/en{.json,/*.json}", { eager: true, import: "default" })) as object[]));
  });

  it("have exactly the same keys in zh-CN and en", () => {
    expect([...english.keys()].filter((k) => !zh.has(k))).toEqual([]);
    expect([...zh.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it("have no empty text and the same placeholders in both locales", () => {
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe("");
      expect(english.get(key)!.trim(), key).not.toBe("");
      expect([...new Set(placeholders(english.get(key)!))], key).toEqual([...new Set(placeholders(text))]);
    }
  });
});
