import { getDb } from "../db/index";
import { runMigrations } from "../db/migrate";
import { isRole, type Role } from "../lib/auth/roles";
import { createUser } from "../lib/server/users/create-user";
import { isUniqueViolation } from "../lib/server/db-errors";
import { runCli } from "./cli";

const usage = "npm run user:create -- --email E --role R[,R2] --password P [--name N]";

runCli(usage, { email: { type: "string" }, role: { type: "string" }, password: { type: "string" }, name: { type: "string" } }, async (v) => {
  if (!v.email || !v.role || !v.password) throw new Error(`--email, --role and --password are required.\nUsage: ${usage}`);
  const roles = v.role.split(",").map((r) => r.trim());
  const bad = roles.filter((r) => !isRole(r));
  if (bad.length) throw new Error(`Unknown role ${bad.join(", ")}: use citizen, staff, supervisor or admin.`);
  if (v.password.length < 10) throw new Error("The password must have at least 10 characters.");
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.email)) throw new Error(`Not an e-mail address: ${v.email}`);
  await runMigrations();
  const db = await getDb();
  try {
    const { id } = await createUser(db, { kind: "system" }, {
      email: v.email,
      name: v.name ?? v.email.split("@")[0]!,
      password: v.password,
      roles: roles as Role[],
    });
    console.log(`Created user ${v.email.toLowerCase()} (${roles.join(", ")}), id ${id}`);
  } catch (e) {
    if (isUniqueViolation(e)) throw new Error(`A user with e-mail ${v.email.toLowerCase()} already exists.`);
    throw e;
  }
});
