import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zhCN from "@/lib/i18n/messages/zh-CN.json";

function leaves(obj: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
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
