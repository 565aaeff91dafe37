import en from "./messages/en.json";
import zhCN from "./messages/zh-CN.json";
import type { Locale } from "./config";

/**
 * Catalogs: the core file per locale plus one file per feature area under messages/<locale>/ (each holding its
 * own top-level namespaces, so areas never edit the same file). Register a new area in both lists.
 */
const AREAS = {
  "zh-CN": [zhCN],
  en: [en],
} as const;

function merge(parts: readonly object[]): typeof zhCN {
  return Object.assign({}, ...parts) as typeof zhCN;
}

export const MESSAGES = { "zh-CN": merge(AREAS["zh-CN"]), en: merge(AREAS.en) } as const satisfies Record<Locale, unknown>;
export type Messages = typeof zhCN;
