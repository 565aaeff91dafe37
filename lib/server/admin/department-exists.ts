import "server-only";
import { eq } from "drizzle-orm";
import { schema, type DbOrTx } from "@/db";
import { AppError } from "@/lib/errors";

/** Refuses, as a field error on `field`, a department id that does not exist. */
export async function assertDepartmentExists(db: DbOrTx, id: string, field: string): Promise<void> {
  const [row] = await db.select({ id: schema.departments.id }).from(schema.departments).where(eq(schema.departments.id, id)).limit(1);
  if (!row) throw new AppError("validation", { [field]: "validation.department.unknown" });
}
