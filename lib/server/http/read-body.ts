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
  return { value: value as Record<string, unknown>, raw };
}

export { readLimited };
