import "server-only";
import { asc } from "drizzle-orm";
import { schema, type Db } from "@/db";

export type DepartmentOption = { id: string; name: string };

/** Departments in the admin's order, for pickers and filters. */
export async function listDepartments(db: Db): Promise<DepartmentOption[]> {
  const d = schema.departments;
  return db.select({ id: d.id, name: d.name }).from(d).orderBy(asc(d.sortOrder), asc(d.name));
}
