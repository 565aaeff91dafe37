import { cleanFileName, MAX_FILE_BYTES, sniffFileType } from "@/lib/domain/files/sniff";
import type { IncomingFile } from "./create-request";

export type UploadCheck = { file: IncomingFile } | { error: "validation.file.tooLarge" | "validation.file.type" | "validation.file.empty" };

/** Checks one uploaded file by size and by content (magic numbers), never by its name or claimed type. */
export async function readUpload(file: File, kind: IncomingFile["kind"]): Promise<UploadCheck> {
  if (file.size === 0) return { error: "validation.file.empty" };
  if (file.size > MAX_FILE_BYTES) return { error: "validation.file.tooLarge" };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = sniffFileType(bytes.subarray(0, 16));
  if (!type) return { error: "validation.file.type" };
  return { file: { kind, fileName: cleanFileName(file.name), contentType: type, bytes } };
}
