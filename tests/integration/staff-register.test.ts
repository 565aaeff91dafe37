import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { addWorkingDays, createWorkCalendar } from "@/lib/domain/calendar";
import { closeSql, sql, tableCounts } from "../support/db";
import { baseUrl, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";

// POST /api/web/cases: the staff registration form's multipart route, authenticated by the session cookie.

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

let staffId: string;
let staffCookie: string;
let citizenCookie: string;

/** Signs in through Auth.js's credentials endpoint, as the browser's sign-in form ends up doing; returns the session cookie. */
async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl()}/home` }),
    redirect: "manual",
  });
  const session = res.headers.getSetCookie().find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return session.split(";")[0]!;
}

/** Either answer of the route: the 201 body or `{error:{code, fields}}` (each test reads the one it expects). */
type Answer = { error: { code: string; fields: Record<string, string> }; trackingNumber: string; queryCode: string; [key: string]: unknown };

function multipart(payload: unknown, files: { field: string; name: string; type: string; bytes: Buffer }[] = []): FormData {
  const form = new FormData();
  form.append("payload", JSON.stringify(payload));
  for (const f of files) form.append(f.field, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  return form;
}

async function post(body: BodyInit, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl()}/api/web/cases`, { method: "POST", body, headers, redirect: "manual" });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON: the assertion on the content type says so */
  }
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", body: json as Answer };
}

const letter = (receivedAt: string) => ({ ...naturalPersonBody(), channel: "letter", receivedAt });

beforeAll(async () => {
  const staff = await createTestUser(["staff"]);
  const citizen = await createTestUser(["citizen"]);
  staffId = staff.id;
  staffCookie = await signIn(staff.email, staff.password);
  citizenCookie = await signIn(citizen.email, citizen.password);
});
afterAll(async () => {
  await closeSql();
  await closeDb();
});

describe("POST /api/web/cases", () => {
  it("refuses an anonymous caller with 401 JSON and a citizen with 403 JSON, writing nothing", async () => {
    const before = await tableCounts();
    const anonymous = await post(multipart(letter(today)));
    expect(anonymous.status).toBe(401);
    expect(anonymous.contentType).toContain("application/json");
    expect(anonymous.body.error.code).toBe("unauthorized");

    const citizen = await post(multipart(letter(today)), { cookie: citizenCookie });
    expect(citizen.status).toBe(403);
    expect(citizen.body.error.code).toBe("forbidden");
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a wrong content type (415) and a post from another site (403)", async () => {
    const json = await post(JSON.stringify(letter(today)), { cookie: staffCookie, "content-type": "application/json" });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe("unsupported_media_type");

    const foreign = await post(multipart(letter(today)), { cookie: staffCookie, origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
  });

  it("registers a letter received two days ago with its scan, without an ID document, as the signed-in staff member", async () => {
    const receivedAt = plusDays(today, -2);
    const res = await post(multipart(letter(receivedAt), [{ field: "letterScans", name: "letter.pdf", type: "application/pdf", bytes: PDF }]), { cookie: staffCookie });
    expect(res.status).toBe(201);
    const cal = createWorkCalendar();
    expect(res.body).toMatchObject({ receivedAt, status: "received", version: 1, dueDate: addWorkingDays(cal, receivedAt, 20).date });
    expect(res.body.trackingNumber).toMatch(/^[A-Z]+-\d{4}-\d{6}$/);
    expect(res.body.queryCode).toEqual(expect.any(String));

    const [row] = await sql()<{ channel: string; received_at: string; created_by: string | null; citizen_user_id: string | null }[]>`
      select channel, received_at::text, created_by, citizen_user_id from cases where tracking_number = ${res.body.trackingNumber}`;
    expect(row).toEqual({ channel: "letter", received_at: receivedAt, created_by: staffId, citizen_user_id: null });
    const files = await sql()<{ kind: string; file_name: string; content_type: string }[]>`
      select kind, file_name, content_type from case_files where case_id = (select id from cases where tracking_number = ${res.body.trackingNumber})`;
    expect(files).toEqual([{ kind: "letter_scan", file_name: "letter.pdf", content_type: "application/pdf" }]);
    const events = await sql()<{ action: string; actor_kind: string; actor_user_id: string | null }[]>`
      select action, actor_kind, actor_user_id from audit_events where case_id = (select id from cases where tracking_number = ${res.body.trackingNumber})`;
    // Registered once, by the signed-in staff member (the documents module may log the 受理回执 it files as well).
    expect(events.filter((e) => e.action === "case.registered")).toEqual([{ action: "case.registered", actor_kind: "user", actor_user_id: staffId }]);
    expect(events.every((e) => e.actor_kind === "user" && e.actor_user_id === staffId)).toBe(true);
  });

  it("refuses a future received date and a scan that is not a PDF, JPEG or PNG, with field errors", async () => {
    const before = await tableCounts();
    const res = await post(
      multipart(letter(plusDays(today, 1)), [{ field: "letterScans", name: "letter.pdf", type: "application/pdf", bytes: Buffer.from("PK\u0003\u0004 not a pdf") }]),
      { cookie: staffCookie },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation");
    expect(res.body.error.fields.receivedAt).toEqual(expect.any(String));
    expect(res.body.error.fields["files.letterScans"]).toEqual(expect.any(String));
    expect(await tableCounts()).toEqual(before);
  });
});
