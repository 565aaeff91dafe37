import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { schema, type DbOrTx } from "@/db";

/**
 * Where file bytes live. PostgreSQL (bytea) by default; an S3-compatible store can implement the same two
 * methods (keeping `stored_files` as the index with `external_key` set) without touching callers.
 */
export interface FileStore {
  put(tx: DbOrTx, bytes: Buffer, contentType: string): Promise<{ id: string; sha256: string; size: number }>;
  get(db: DbOrTx, id: string): Promise<Buffer | null>;
}

export const postgresFileStore: FileStore = {
  async put(tx, bytes, contentType) {
    const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
    const [row] = await tx
      .insert(schema.storedFiles)
      .values({ sha256, size: bytes.length, contentType, content: bytes })
      .returning({ id: schema.storedFiles.id });
    return { id: row!.id, sha256, size: bytes.length };
  },
  async get(db, id) {
    const [row] = await db.select({ content: schema.storedFiles.content }).from(schema.storedFiles).where(eq(schema.storedFiles.id, id)).limit(1);
    return row?.content ?? null;
  },
};

export function fileStore(): FileStore {
  return postgresFileStore;
}
