export const ROLES = ["citizen", "staff", "supervisor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}

/** The home a user lands on: the most senior area their roles open. */
export function homePathFor(roles: readonly Role[]): string {
  if (roles.includes("admin")) return "/admin";
  if (roles.includes("supervisor")) return "/supervisor";
  if (roles.includes("staff")) return "/staff";
  return "/portal";
}
