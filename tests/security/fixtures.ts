import { sql } from "../support/db";
import { naturalPersonBody } from "../support/request-bodies";
import { randomIp, type CookieJar } from "./http";

export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
export const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

export const todayShanghai = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

export type FiledCase = {
  trackingNumber: string;
  queryCode: string;
  caseId: string;
  idDocumentFileId: string;
  acknowledgementId: string;
};

/** The online form's multipart body: the JSON payload and the named files. */
export function requestForm(payload: unknown, files: { field: string; name: string; type: string; bytes: Buffer }[] = []): FormData {
  const form = new FormData();
  form.append("payload", typeof payload === "string" ? payload : JSON.stringify(payload));
  for (const f of files) form.append(f.field, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  return form;
}

/** Files a request through the online form (POST /api/web/requests), as a signed-in citizen when a jar is given. */
export async function fileOnline(base: string, opts: { jar?: CookieJar; body?: ReturnType<typeof naturalPersonBody> } = {}): Promise<FiledCase> {
  const body = opts.body ?? naturalPersonBody();
  const res = await fetch(`${base}/api/web/requests`, {
    method: "POST",
    headers: { "x-forwarded-for": randomIp(), ...(opts.jar ? { cookie: opts.jar.header() } : {}) },
    body: requestForm(body, [{ field: "idDocument", name: "身份证.pdf", type: "application/pdf", bytes: PDF_BYTES }]),
  });
  const json = (await res.json()) as { trackingNumber: string; queryCode: string };
  if (res.status !== 201) throw new Error(`Filing failed: ${res.status} ${JSON.stringify(json)}`);
  const [row] = await sql()<{ case_id: string; file_id: string; document_id: string }[]>`
    select c.id as case_id,
           (select f.id from case_files f where f.case_id = c.id and f.kind = 'id_document' limit 1) as file_id,
           (select d.id from case_documents d where d.case_id = c.id and d.kind = 'acknowledgement' limit 1) as document_id
    from cases c where c.tracking_number = ${json.trackingNumber}`;
  return {
    trackingNumber: json.trackingNumber,
    queryCode: json.queryCode,
    caseId: row!.case_id,
    idDocumentFileId: row!.file_id,
    acknowledgementId: row!.document_id,
  };
}
