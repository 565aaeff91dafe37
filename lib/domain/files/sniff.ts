export const ACCEPTED_FILE_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AcceptedFileType = (typeof ACCEPTED_FILE_TYPES)[number];
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The type by content (magic numbers), never by name or the browser's claim; null when not accepted. */
export function sniffFileType(head: Uint8Array): AcceptedFileType | null {
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  return null;
}

/** A file name safe to store and to send back in Content-Disposition (no paths, no control characters). */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").trim().slice(0, 120);
  return cleaned || "file";
}
