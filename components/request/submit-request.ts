import type { RequestInput } from "@/lib/validation/request";
import type { ReceiptData } from "./receipt";

export const SUBMIT_URL = "/api/web/requests";

export type SubmitFiles = {
  idDocument: File | null;
  authorization: File | null;
  attachments: readonly File[];
  /** Staff registration only: scans of the letter, fax or form (kind `letter_scan`). */
  letterScans?: readonly File[];
};

export type SubmitOutcome =
  | { kind: "created"; receipt: ReceiptData }
  | { kind: "rejected"; status: number; code: string; fields: Record<string, string> }
  | { kind: "network" }
  | { kind: "aborted" };

export type SubmitProgress = { phase: "uploading"; percent: number | null } | { phase: "processing" };

function isReceipt(v: unknown): v is ReceiptData {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.trackingNumber === "string" &&
    typeof r.queryCode === "string" &&
    typeof r.receivedAt === "string" &&
    typeof r.dueDate === "string" &&
    typeof r.dueDateProvisional === "boolean"
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** `{"error":{"code","fields"?}}`; anything else (an HTML error page from a proxy) becomes a bare status. */
function readError(status: number, body: unknown): SubmitOutcome {
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  const e = typeof error === "object" && error !== null ? (error as { code?: unknown; fields?: unknown }) : {};
  const fields: Record<string, string> = {};
  if (typeof e.fields === "object" && e.fields !== null) {
    for (const [k, v] of Object.entries(e.fields)) if (typeof v === "string") fields[k] = v;
  }
  return { kind: "rejected", status, code: typeof e.code === "string" ? e.code : "", fields };
}

/** `payload` is the request (or, for staff, the request plus `channel` and `receivedAt`). */
export function buildRequestBody(payload: RequestInput | (RequestInput & { channel: string; receivedAt: string }), files: SubmitFiles): FormData {
  const body = new FormData();
  body.append("payload", JSON.stringify(payload));
  if (files.idDocument) body.append("idDocument", files.idDocument, files.idDocument.name);
  if (files.authorization) body.append("authorization", files.authorization, files.authorization.name);
  for (const f of files.attachments) body.append("attachments", f, f.name);
  for (const f of files.letterScans ?? []) body.append("letterScans", f, f.name);
  return body;
}

/**
 * POST multipart/form-data with XMLHttpRequest, the one browser API that reports upload progress.
 * The Idempotency-Key lets a retry after a lost answer be recognised as the same submission.
 */
export function submitRequest(body: FormData, opts: { idempotencyKey: string; onProgress: (p: SubmitProgress) => void; url?: string }) {
  const xhr = new XMLHttpRequest();
  const done = new Promise<SubmitOutcome>((resolve) => {
    xhr.open("POST", opts.url ?? SUBMIT_URL);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Idempotency-Key", opts.idempotencyKey);
    xhr.upload.onprogress = (e) => opts.onProgress({ phase: "uploading", percent: e.lengthComputable && e.total > 0 ? (e.loaded / e.total) * 100 : null });
    xhr.upload.onload = () => opts.onProgress({ phase: "processing" });
    xhr.onload = () => {
      const json = parseJson(xhr.responseText);
      if (xhr.status === 201 && isReceipt(json)) resolve({ kind: "created", receipt: json });
      else if (xhr.status === 201) resolve({ kind: "rejected", status: 500, code: "internal", fields: {} });
      else resolve(readError(xhr.status, json));
    };
    xhr.onerror = () => resolve({ kind: "network" });
    xhr.ontimeout = () => resolve({ kind: "network" });
    xhr.onabort = () => resolve({ kind: "aborted" });
    opts.onProgress({ phase: "uploading", percent: 0 });
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}
