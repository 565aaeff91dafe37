export * from "./resident-id";
export * from "./credit-code";
export * from "./phone";
export * from "./postal-code";
export { maskIdentifier } from "./mask";
export { isIsoCalendarDate, todayInShanghai } from "./calendar-date";
