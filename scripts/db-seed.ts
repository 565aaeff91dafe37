import { loadLocalSecrets } from "./local-secrets";
import { closeDb, getDb } from "../db/index";
import { runMigrations } from "../db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from "../db/seed";

loadLocalSecrets();
async function main() {
  await runMigrations();
  const db = await getDb();
  if (!(await isDatabaseEmpty(db))) {
    console.log("The database already has users: demo data is only added to an empty database. Nothing changed.");
    return;
  }
  await seedDemo(db);
  console.log(`Demo data added. Accounts (password ${DEMO_PASSWORD}):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.roles.join("+").padEnd(17)} ${a.email}`);
}
main()
  .catch((e) => {
    console.error(`Seeding failed: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
