import "server-only";
import { eq } from "drizzle-orm";
import { type DbOrTx, schema } from "@/db";
import { AppError } from "@/lib/errors";

/** The department a report is limited to (null: the whole agency); 404 when it does not exist. */
export async function requireDepartment(db: DbOrTx, departmentId: string | null): Promise<{ id: string; name: string } | null> {
  if (departmentId === null) return null;
  const d = schema.departments;
  const [row] = await db.select({ id: d.id, name: d.name }).from(d).where(eq(d.id, departmentId)).limit(1);
  if (!row) throw new AppError("not_found", { department: "validation.department.unknown" });
  return row;
}
