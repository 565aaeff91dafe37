import type { Role } from "../lib/auth/roles";

/** Demo password for every demo account (README lists them). */
export const DEMO_PASSWORD = "gongkai-demo-2026";

export const DEMO_ACCOUNTS: { email: string; name: string; roles: Role[]; department?: string }[] = [
  { email: "citizen@demo.gongkai.cn", name: "张伟", roles: ["citizen"] },
  { email: "staff@demo.gongkai.cn", name: "李娜", roles: ["staff"], department: "GKB" },
  { email: "supervisor@demo.gongkai.cn", name: "王强", roles: ["staff", "supervisor"], department: "GKB" },
  { email: "admin@demo.gongkai.cn", name: "陈静", roles: ["admin"] },
];
