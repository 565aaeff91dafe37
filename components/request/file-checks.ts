import { MAX_FILE_BYTES, sniffFileType } from "@/lib/domain/files/sniff";

export { MAX_FILE_BYTES };

/** What the picker offers; the content check below decides (a renamed .docx is still refused). */
export const FILE_ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

export type FileProblem = "fileEmpty" | "fileTooLarge" | "fileType" | "fileUnreadable";

/** Same rule as the server (which checks again): PDF, JPEG or PNG by their first bytes, at most 10 MB. */
export async function checkFile(file: File): Promise<FileProblem | null> {
  if (file.size === 0) return "fileEmpty";
  if (file.size > MAX_FILE_BYTES) return "fileTooLarge";
  try {
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    return sniffFileType(head) ? null : "fileType";
  } catch {
    return "fileUnreadable";
  }
}

/** A stable key for list rendering and for spotting the same file chosen twice. */
export function fileKey(file: File): string {
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
}
