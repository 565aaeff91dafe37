import { loadLocalSecrets } from "./local-secrets";
import { migrateAndClose } from "../db/migrate";
import { databaseKind, pgliteDir } from "../db/index";

loadLocalSecrets();
const where = databaseKind() === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite at ${pgliteDir()}`;
migrateAndClose()
  .then(() => console.log(`Migrations applied to ${where}.`))
  .catch((e) => {
    console.error(`Migration failed on ${where}: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
