import en from "./messages/en.json";
import zhCN from "./messages/zh-CN.json";
import type { Locale } from "./config";

export const MESSAGES = { "zh-CN": zhCN, en } as const satisfies Record<Locale, unknown>;
export type Messages = typeof zhCN;
