/** The admin area's sections, in navigation order (a plain module: server pages and the client nav share it). */
export const ADMIN_SECTIONS = ["settings", "users", "departments", "tokens", "calendar", "templates", "audit", "outbox"] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];
