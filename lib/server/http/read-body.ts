import { AppError } from "@/lib/errors";

export const MAX_JSON_BYTES = 1024 * 1024;

/** Reads at most `limit` bytes, refusing early on Content-Length and again while streaming. */
async function readLimited(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw new AppError("payload_too_large");
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new AppError("payload_too_large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A JSON object body: 415 for another content type, 413 above 1 MB, 400 for malformed JSON or invalid UTF-8,
 * 400 validation (`_root`) when it is not an object.
 */
export async function readJsonObject(req: Request): Promise<{ value: Record<string, unknown>; raw: Buffer }> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new AppError("unsupported_media_type");
  const raw = await readLimited(req, MAX_JSON_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    throw new AppError("bad_request", { _root: "validation.text.invalidUnicode" });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", { _root: "validation.body.malformedJson" });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AppError("validation", { _root: "validation.body.invalid" });
  }
  // PostgreSQL text cannot hold U+0000: refused here for every JSON body, whichever field carries it.
  if (text.includes("\\u0000")) {
    const at = nulPath(value);
    if (at !== null) throw new AppError("validation", { [at]: "validation.text.controlChars" });
  }
  return { value: value as Record<string, unknown>, raw };
}

/** The path (`applicant.name`, `_root`) of the first string or key holding U+0000, or null. */
export function nulPath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "_root" : null;
  if (!value || typeof value !== "object" || depth > 64) return null;
  for (const [k, v] of Object.entries(value)) {
    if (k.includes("\u0000")) return [...path, "_key"].join(".");
    const found = nulPath(v, [...path, k], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * A multipart/form-data body of at most `limit` bytes: 415 for another type, 413 past the limit — declared or
 * counted while streaming (a chunked upload has no Content-Length to check) — and 400 when it cannot be parsed.
 */
export async function readMultipartForm(req: Request, limit: number): Promise<FormData> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) throw new AppError("unsupported_media_type");
  const raw = await readLimited(req, limit);
  try {
    return await new Response(new Uint8Array(raw), { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("bad_request", { _root: "validation.body.invalid" });
  }
}

export { readLimited };

/**
 * The files of one multipart field. A browser submitting a form whose file input has nothing chosen still sends one
 * part, with an empty file name and no bytes (HTML's form-data rules): that means "no file", not an empty upload.
 * Text parts are kept out too; callers that must refuse them check `form.getAll(name)` themselves.
 */
export function chosenFiles(form: FormData, name: string): File[] {
  return form.getAll(name).filter((p): p is File => typeof p !== "string" && !(p.name === "" && p.size === 0));
}
