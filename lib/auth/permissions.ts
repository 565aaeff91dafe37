import type { Role } from "./roles";

/**
 * The single source of truth for who may do what. Every server action, route handler and page asks
 * `can(roles, capability)`; navigation only hides what this refuses anyway.
 */
export const PERMISSIONS = {
  "portal.use": ["citizen"],
  "staff.use": ["staff", "supervisor"],
  "supervisor.use": ["supervisor"],
  "admin.use": ["admin"],
  "users.manage": ["admin"],
  "tokens.manage": ["admin"],
  "settings.manage": ["admin"],
  "outbox.read": ["admin"],
  "calendar.manage": ["admin"],
  "audit.read": ["admin"],
  "departments.manage": ["admin"],
  "api.me": ["citizen", "staff", "supervisor", "admin"],
  "statistics.read": ["supervisor"],
  "statistics.publish": ["supervisor"],
  "appeals.manage": ["staff", "supervisor"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], capability: Capability): boolean {
  const allowed: readonly Role[] = PERMISSIONS[capability];
  return roles.some((r) => allowed.includes(r));
}
