import en from "./messages/en.json";
import enAdmin from "./messages/en/admin.json";
import enDocuments from "./messages/en/documents.json";
import enErrorPage from "./messages/en/error-page.json";
import enPortal from "./messages/en/portal.json";
import enRegistration from "./messages/en/registration.json";
import enStaff from "./messages/en/staff.json";
import enStatistics from "./messages/en/statistics.json";
import zhCN from "./messages/zh-CN.json";
import zhCNAdmin from "./messages/zh-CN/admin.json";
import zhCNDocuments from "./messages/zh-CN/documents.json";
import zhCNErrorPage from "./messages/zh-CN/error-page.json";
import zhCNPortal from "./messages/zh-CN/portal.json";
import zhCNRegistration from "./messages/zh-CN/registration.json";
import zhCNStaff from "./messages/zh-CN/staff.json";
import zhCNStatistics from "./messages/zh-CN/statistics.json";
import type { AbstractIntlMessages } from "use-intl";
import type { Locale } from "./config";

/**
 * Catalogs: the core file per locale plus one file per feature area under messages/<locale>/ (each holding its
 * own top-level namespaces, so areas never edit the same file). Register a new area in both lists.
 */
const AREAS = {
  "zh-CN": [zhCN, zhCNAdmin, zhCNDocuments, zhCNErrorPage, zhCNPortal, zhCNRegistration, zhCNStaff, zhCNStatistics],
  en: [en, enAdmin, enDocuments, enErrorPage, enPortal, enRegistration, enStaff, enStatistics],
} as const;

type Intersect<T> = (T extends unknown ? (x: T) => void : never) extends (x: infer I) => void ? I : never;

/** One catalog per locale, typed as all its areas together (so translators type-check every area's keys). */
function merge<T extends readonly object[]>(parts: T): Intersect<T[number]> {
  return Object.assign({}, ...parts) as Intersect<T[number]>;
}

export const MESSAGES = { "zh-CN": merge(AREAS["zh-CN"]), en: merge(AREAS.en) } as const satisfies Record<Locale, unknown>;
export type Messages = (typeof MESSAGES)["zh-CN"];

/**
 * Namespaces only the staff, supervisor and admin areas' client components use. The root layout sends the
 * browser every other namespace; those areas' layouts add these (components/i18n/area-messages.tsx), so a
 * citizen's page does not carry the administration's catalogs.
 */
export const AREA_NAMESPACES = ["admin", "queue", "case", "workflow", "statistics", "dashboard", "appeals", "register", "board"] as const;

type Catalog = AbstractIntlMessages;

/** The namespaces every page's client components may use. */
export function sharedMessages(messages: Catalog): Catalog {
  return Object.fromEntries(Object.entries(messages).filter(([ns]) => !(AREA_NAMESPACES as readonly string[]).includes(ns)));
}

/** The namespaces the staff, supervisor and admin areas add. */
export function areaMessages(messages: Catalog): Catalog {
  return Object.fromEntries(Object.entries(messages).filter(([ns]) => (AREA_NAMESPACES as readonly string[]).includes(ns)));
}
