import { eq, sql } from "drizzle-orm";
import { rowsOf, schema, type Db } from "./index";
import { createUser } from "../lib/server/users/create-user";
import { seedDemoCases } from "./seed-cases";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

const DEPARTMENTS = [
  { code: "GKB", name: "政务公开办公室" },
  { code: "ZAZD", name: "治安管理支队" },
  { code: "JJZD", name: "交通警察支队" },
  { code: "CRJ", name: "出入境管理支队" },
  { code: "THFJ", name: "天河区分局" },
  { code: "YXFJ", name: "越秀区分局" },
];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from users`));
  return Number(row?.n ?? 0) === 0;
}

/** Fills an empty database with a demo agency: departments and one account per role. */
export async function seedDemo(db: Db): Promise<void> {
  await db
    .update(schema.agencySettings)
    .set({
      name: "示范市公安局",
      address: "示范市中山路 1 号",
      contact: "政务公开办公室 020-83116412",
      sealText: "示范市公安局（印章）",
      demo: true,
    })
    .where(eq(schema.agencySettings.id, 1));
  await db.update(schema.departments).set({ name: "示范市公安局" }).where(eq(schema.departments.code, "ROOT"));
  const [root] = await db.select({ id: schema.departments.id }).from(schema.departments).where(eq(schema.departments.code, "ROOT"));
  const ids = new Map<string, string>();
  for (const [i, d] of DEPARTMENTS.entries()) {
    const [row] = await db
      .insert(schema.departments)
      .values({ code: d.code, name: d.name, parentId: root!.id, sortOrder: i + 1 })
      .onConflictDoUpdate({ target: schema.departments.code, set: { name: d.name } })
      .returning({ id: schema.departments.id });
    ids.set(d.code, row!.id);
  }
  const userIds = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    const { id } = await createUser(db, { kind: "system" }, {
      email: a.email,
      name: a.name,
      password: DEMO_PASSWORD,
      roles: a.roles,
      departmentId: a.department ? ids.get(a.department) : null,
    });
    userIds.set(a.email, id);
  }
  await seedDemoCases(db, {
    citizenId: userIds.get("citizen@demo.gongkai.cn")!,
    staffId: userIds.get("staff@demo.gongkai.cn")!,
    supervisorId: userIds.get("supervisor@demo.gongkai.cn")!,
  });
}
