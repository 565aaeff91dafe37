import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CELL_DEFINITIONS } from "@/lib/domain/statistics/cells";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { callServerAction, CookieJar, pagePathOf, randomIp, serverActions, signInOverHttp, type ActionRef } from "../security/http";
import { fileOnline, requestForm, todayShanghai, type FiledCase } from "../security/fixtures";

/**
 * The authorization matrix: every page, route handler and server action of the app (found by walking app/, so a
 * new route without an entry below fails the first test) × every kind of caller, asserted over HTTP against the
 * running server. Pages answer 200, a redirect to sign-in, 403 or 404; the JSON API answers 401/403 JSON and
 * never redirects; server actions answer `unauthorized`/`forbidden` results from their wrapper.
 */

const PRINCIPALS = [
  "anonymous",
  "citizenA",
  "citizenB",
  "staff",
  "supervisor",
  "admin",
  "disabled",
  "revokedToken",
  "expiredToken",
  "lookupGrantA",
] as const;
type Principal = (typeof PRINCIPALS)[number];
/** Callers without a valid session or token: the signed-out side of every check. */
const SIGNED_OUT: readonly Principal[] = ["anonymous", "disabled", "revokedToken", "expiredToken", "lookupGrantA"];

/** 200 / 4xx status, a redirect to sign-in, or a redirect to a path (prefix). */
type Outcome = number | "signin" | `redirect:${string}`;
type Row = Record<Principal, Outcome>;

const all = (o: Outcome): Row => Object.fromEntries(PRINCIPALS.map((p) => [p, o])) as Row;
/** A protected page area: the listed callers get 200, other signed-in users 403, everyone else is sent to sign in. */
const area = (allowed: readonly Principal[], overrides: Partial<Row> = {}): Row => ({
  ...(Object.fromEntries(PRINCIPALS.map((p) => [p, allowed.includes(p) ? 200 : SIGNED_OUT.includes(p) ? "signin" : 403])) as Row),
  ...overrides,
});
/** A token (or session) API: the listed callers get `ok`, other authenticated callers 403, the rest 401. */
const api = (allowed: readonly Principal[], ok: number, overrides: Partial<Row> = {}): Row => ({
  ...(Object.fromEntries(PRINCIPALS.map((p) => [p, allowed.includes(p) ? ok : SIGNED_OUT.includes(p) ? 401 : 403])) as Row),
  ...overrides,
});
/** Home of each signed-in role (the sign-in page and /home send people there). */
const homes = (signedOut: Outcome): Row => ({
  ...all(signedOut),
  citizenA: "redirect:/portal",
  citizenB: "redirect:/portal",
  staff: "redirect:/staff",
  supervisor: "redirect:/supervisor",
  admin: "redirect:/admin",
});

const STAFF: Principal[] = ["staff", "supervisor"];
const CITIZENS: Principal[] = ["citizenA", "citizenB"];
const TOKEN_HOLDERS: Principal[] = ["citizenA", "citizenB", "staff", "supervisor", "admin"];
/** Who may read citizen A's case files and documents: staff, A, and a visitor holding A's lookup grant. */
const CASE_A_READERS: Principal[] = ["staff", "supervisor", "citizenA", "lookupGrantA"];

type Fixture = {
  caseA: FiledCase;
  citizenAId: string;
  templateId: string;
  mailId: string;
  year: string;
};

/** How a request is made: the path, and the body for a method that takes one. Bodies are invalid on purpose. */
type Probe = {
  path: (fx: Fixture) => string;
  init?: (fx: Fixture) => { body?: BodyInit; headers?: Record<string, string> };
  /** "token": /api/v1 (a bearer token); "session": pages and browser routes (the session cookie). */
  auth: "token" | "session";
  expect: Row;
};

const json = (v: unknown) => () => ({ body: JSON.stringify(v), headers: { "content-type": "application/json" } });
const invalidMultipart = () => ({ body: requestForm({}) });

// ---- The table: one entry per route file, one row per method (pages: GET) --------------------------------------

const PAGES: Record<string, Omit<Probe, "auth">> = {
  "app/(auth)/forgot-password/page.tsx": { path: () => "/forgot-password", expect: all(200) },
  "app/(auth)/register/page.tsx": { path: () => "/register", expect: all(200) },
  "app/(auth)/reset-password/[token]/page.tsx": { path: () => `/reset-password/${"a".repeat(43)}`, expect: all(200) },
  "app/(auth)/signin/page.tsx": { path: () => "/signin", expect: homes(200) },
  "app/(public)/page.tsx": { path: () => "/", expect: all(200) },
  "app/(public)/requests/new/page.tsx": { path: () => "/requests/new", expect: all(200) },
  "app/(public)/track/[trackingNumber]/page.tsx": {
    path: (fx) => `/track/${fx.caseA.trackingNumber}`,
    // Only the lookup grant opens it; the signed-in owner uses My requests.
    expect: { ...all("redirect:/track?tn="), lookupGrantA: 200 },
  },
  "app/(public)/track/page.tsx": { path: () => "/track", expect: all(200) },
  "app/admin/audit/page.tsx": { path: () => "/admin/audit", expect: area(["admin"]) },
  "app/admin/calendar/page.tsx": { path: () => "/admin/calendar", expect: area(["admin"]) },
  "app/admin/departments/page.tsx": { path: () => "/admin/departments", expect: area(["admin"]) },
  "app/admin/outbox/[mailId]/page.tsx": { path: (fx) => `/admin/outbox/${fx.mailId}`, expect: area(["admin"]) },
  "app/admin/outbox/page.tsx": { path: () => "/admin/outbox", expect: area(["admin"]) },
  "app/admin/page.tsx": { path: () => "/admin", expect: area(["admin"]) },
  "app/admin/settings/page.tsx": { path: () => "/admin/settings", expect: area(["admin"]) },
  "app/admin/templates/[templateId]/page.tsx": { path: (fx) => `/admin/templates/${fx.templateId}`, expect: area(["admin"]) },
  "app/admin/templates/page.tsx": { path: () => "/admin/templates", expect: area(["admin"]) },
  "app/admin/tokens/page.tsx": { path: () => "/admin/tokens", expect: area(["admin"]) },
  "app/admin/users/[userId]/page.tsx": { path: (fx) => `/admin/users/${fx.citizenAId}`, expect: area(["admin"]) },
  "app/admin/users/new/page.tsx": { path: () => "/admin/users/new", expect: area(["admin"]) },
  "app/admin/users/page.tsx": { path: () => "/admin/users", expect: area(["admin"]) },
  "app/documents/[documentId]/page.tsx": {
    path: (fx) => `/documents/${fx.caseA.acknowledgementId}`,
    // The same 404 for "no such document" and "not yours"; an admin is not staff.
    expect: { ...all(404), ...Object.fromEntries(CASE_A_READERS.map((p) => [p, 200])) },
  },
  "app/home/page.tsx": { path: () => "/home", expect: homes("redirect:/signin") },
  "app/portal/page.tsx": { path: () => "/portal", expect: area(CITIZENS) },
  "app/portal/requests/[trackingNumber]/page.tsx": {
    path: (fx) => `/portal/requests/${fx.caseA.trackingNumber}`,
    expect: area(["citizenA"], { citizenB: 404 }),
  },
  "app/staff/cases/[trackingNumber]/page.tsx": { path: (fx) => `/staff/cases/${fx.caseA.trackingNumber}`, expect: area(STAFF) },
  "app/staff/page.tsx": { path: () => "/staff", expect: area(STAFF) },
  "app/staff/register/page.tsx": { path: () => "/staff/register", expect: area(STAFF) },
  "app/supervisor/page.tsx": { path: () => "/supervisor", expect: area(["supervisor"]) },
  "app/supervisor/statistics/page.tsx": { path: (fx) => `/supervisor/statistics?year=${fx.year}`, expect: area(["supervisor"]) },
  "app/supervisor/statistics/cell/page.tsx": {
    path: (fx) => `/supervisor/statistics/cell?year=${fx.year}&cell=${encodeURIComponent(CELL_DEFINITIONS[0]!.id)}`,
    expect: area(["supervisor"]),
  },
  "app/supervisor/statistics/diff/page.tsx": { path: (fx) => `/supervisor/statistics/diff?year=${fx.year}`, expect: area(["supervisor"]) },
  "app/supervisor/statistics/figures/page.tsx": { path: (fx) => `/supervisor/statistics/figures?year=${fx.year}`, expect: area(["supervisor"]) },
  "app/supervisor/statistics/report/page.tsx": { path: (fx) => `/supervisor/statistics/report?year=${fx.year}`, expect: area(["supervisor"]) },
  "app/supervisor/dashboard/page.tsx": { path: (fx) => `/supervisor/dashboard?year=${fx.year}`, expect: area(["supervisor"]) },
};

const ROUTES: Record<string, Record<string, Probe>> = {
  "app/api/auth/[...nextauth]/route.ts": {
    // Auth.js's own endpoints: the session endpoint answers everyone (null when signed out).
    GET: { auth: "session", path: () => "/api/auth/session", expect: all(200) },
    // A credentials POST without the CSRF token never signs anyone in (checked below: no session cookie).
    POST: { auth: "session", path: () => "/api/auth/callback/credentials", init: () => ({ body: new URLSearchParams({ email: "admin@demo.gongkai.cn", password: "gongkai-demo-2026" }) }), expect: all(302) },
  },
  "app/api/health/route.ts": { GET: { auth: "token", path: () => "/api/health", expect: all(200) } },
  "app/api/v1/[...path]/route.ts": Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE"].map((m) => [m, { auth: "token", path: () => "/api/v1/no-such-endpoint", expect: api(TOKEN_HOLDERS, 404) } satisfies Probe]),
  ),
  "app/api/v1/cases/[trackingNumber]/actions/route.ts": {
    POST: { auth: "token", path: (fx) => `/api/v1/cases/${fx.caseA.trackingNumber}/actions`, init: json({ action: "explode" }), expect: api(STAFF, 400) },
  },
  "app/api/v1/cases/[trackingNumber]/appeals/[appealId]/route.ts": {
    PATCH: { auth: "token", path: (fx) => `/api/v1/cases/${fx.caseA.trackingNumber}/appeals/${crypto.randomUUID()}`, init: json({}), expect: api(STAFF, 400) },
  },
  "app/api/v1/cases/[trackingNumber]/appeals/route.ts": {
    GET: { auth: "token", path: (fx) => `/api/v1/cases/${fx.caseA.trackingNumber}/appeals`, expect: api(STAFF, 200) },
    POST: { auth: "token", path: (fx) => `/api/v1/cases/${fx.caseA.trackingNumber}/appeals`, init: json({}), expect: api(STAFF, 400) },
  },
  "app/api/v1/cases/[trackingNumber]/documents/route.ts": {
    GET: { auth: "token", path: (fx) => `/api/v1/cases/${fx.caseA.trackingNumber}/documents`, expect: api(STAFF, 200) },
  },
  "app/api/v1/cases/[trackingNumber]/route.ts": {
    GET: { auth: "token", path: (fx) => `/api/v1/cases/${fx.caseA.trackingNumber}`, expect: api(STAFF, 200) },
  },
  "app/api/v1/cases/route.ts": {
    GET: { auth: "token", path: () => "/api/v1/cases?limit=1", expect: api(STAFF, 200) },
    POST: { auth: "token", path: () => "/api/v1/cases", init: json({}), expect: api(STAFF, 400) },
  },
  "app/api/v1/documents/[documentId]/service/route.ts": {
    POST: { auth: "token", path: (fx) => `/api/v1/documents/${fx.caseA.acknowledgementId}/service`, init: json({}), expect: api(STAFF, 400) },
  },
  "app/api/v1/me/route.ts": { GET: { auth: "token", path: () => "/api/v1/me", expect: api(TOKEN_HOLDERS, 200) } },
  "app/api/v1/requests/[trackingNumber]/route.ts": {
    // Public: the query code is the key. A token that is presented must be valid.
    GET: {
      auth: "token",
      path: (fx) => `/api/v1/requests/${fx.caseA.trackingNumber}`,
      init: (fx) => ({ headers: { "x-query-code": fx.caseA.queryCode } }),
      expect: { ...all(200), disabled: 401, revokedToken: 401, expiredToken: 401 },
    },
  },
  "app/api/v1/requests/route.ts": {
    POST: { auth: "token", path: () => "/api/v1/requests", init: json({}), expect: { ...all(400), disabled: 401, revokedToken: 401, expiredToken: 401 } },
  },
  "app/api/v1/statistics/[year]/route.ts": {
    GET: { auth: "token", path: (fx) => `/api/v1/statistics/${fx.year}`, expect: api(["supervisor"], 200) },
  },
  "app/api/web/cases/route.ts": {
    POST: { auth: "session", path: () => "/api/web/cases", init: invalidMultipart, expect: api(STAFF, 400) },
  },
  "app/api/web/documents/[documentId]/pdf/route.ts": {
    GET: {
      auth: "session",
      path: (fx) => `/api/web/documents/${fx.caseA.acknowledgementId}/pdf`,
      expect: { ...all(404), ...Object.fromEntries(CASE_A_READERS.map((p) => [p, 200])), revokedToken: 401, expiredToken: 401 },
    },
  },
  "app/api/web/files/[fileId]/route.ts": {
    GET: {
      auth: "session",
      path: (fx) => `/api/web/files/${fx.caseA.idDocumentFileId}`,
      expect: { ...all(404), ...Object.fromEntries(CASE_A_READERS.map((p) => [p, 200])), revokedToken: 401, expiredToken: 401 },
    },
  },
  "app/api/web/requests/[trackingNumber]/clarification/route.ts": {
    // A valid supplement at a stale version: the applicant (by session or grant) gets 409, nobody else learns the case exists.
    POST: {
      auth: "session",
      path: (fx) => `/api/web/requests/${fx.caseA.trackingNumber}/clarification`,
      init: () => {
        const form = new FormData();
        form.append("text", "补充说明：所需信息为2025年度的统计数据。");
        form.append("expectedVersion", "999");
        return { body: form };
      },
      expect: { ...all(404), citizenA: 409, lookupGrantA: 409, revokedToken: 401, expiredToken: 401 },
    },
  },
  "app/api/web/requests/route.ts": {
    POST: { auth: "session", path: () => "/api/web/requests", init: invalidMultipart, expect: { ...all(400), revokedToken: 401, expiredToken: 401 } },
  },
  "app/supervisor/statistics/[year]/export/route.ts": {
    GET: { auth: "session", path: (fx) => `/supervisor/statistics/${fx.year}/export?format=csv`, expect: area(["supervisor"], { disabled: 401 }) },
  },
  "app/admin/audit/export/route.ts": {
    // A download link of the admin area: the proxy sends a visitor without a session to sign in first.
    GET: { auth: "session", path: () => "/admin/audit/export", expect: area(["admin"], { disabled: 401 }) },
  },
};

/**
 * Server actions: each export's wrapper and the principals it lets through (to validation). Anything not wrapped
 * must be listed in UNWRAPPED with the reason it needs no authority.
 */
const ACTIONS: Record<string, Record<string, { wrapper: "authedAction"; allowed: readonly Principal[] } | { wrapper: "publicAction" }>> = {
  "app/(auth)/actions.ts": {
    signInAction: { wrapper: "publicAction" },
    registerAction: { wrapper: "publicAction" },
    forgotPasswordAction: { wrapper: "publicAction" },
    resetPasswordAction: { wrapper: "publicAction" },
  },
  "app/(public)/track/actions.ts": {
    lookupAction: { wrapper: "publicAction" },
    reissueQueryCodeAction: { wrapper: "publicAction" },
    withdrawRequestAction: { wrapper: "publicAction" },
  },
  "app/actions.ts": {},
  "app/portal/actions.ts": { linkRequestAction: { wrapper: "authedAction", allowed: CITIZENS } },
  "app/admin/calendar/actions.ts": {
    previewCalendarChangeAction: { wrapper: "authedAction", allowed: ["admin"] },
    applyCalendarChangeAction: { wrapper: "authedAction", allowed: ["admin"] },
  },
  "app/admin/departments/actions.ts": {
    createDepartmentAction: { wrapper: "authedAction", allowed: ["admin"] },
    renameDepartmentAction: { wrapper: "authedAction", allowed: ["admin"] },
    moveDepartmentAction: { wrapper: "authedAction", allowed: ["admin"] },
  },
  "app/admin/outbox/actions.ts": { retryMailAction: { wrapper: "authedAction", allowed: ["admin"] } },
  "app/admin/settings/actions.ts": { saveAgencySettingsAction: { wrapper: "authedAction", allowed: ["admin"] } },
  "app/admin/templates/actions.ts": {
    saveTemplateVersionAction: { wrapper: "authedAction", allowed: ["admin"] },
    previewTemplateAction: { wrapper: "authedAction", allowed: ["admin"] },
  },
  "app/admin/tokens/actions.ts": {
    createTokenAction: { wrapper: "authedAction", allowed: ["admin"] },
    revokeTokenAction: { wrapper: "authedAction", allowed: ["admin"] },
  },
  "app/admin/users/actions.ts": {
    createUserAction: { wrapper: "authedAction", allowed: ["admin"] },
    updateUserAccessAction: { wrapper: "authedAction", allowed: ["admin"] },
    setUserDisabledAction: { wrapper: "authedAction", allowed: ["admin"] },
    sendResetLinkAction: { wrapper: "authedAction", allowed: ["admin"] },
  },
  "app/staff/cases/[trackingNumber]/actions.ts": { runCaseAction: { wrapper: "authedAction", allowed: STAFF } },
  "app/staff/cases/[trackingNumber]/document-actions.ts": {
    recordServiceAction: { wrapper: "authedAction", allowed: STAFF },
    previewActionDocumentAction: { wrapper: "authedAction", allowed: STAFF },
  },
  "app/staff/cases/[trackingNumber]/appeal-actions.ts": {
    createAppealAction: { wrapper: "authedAction", allowed: STAFF },
    updateAppealAction: { wrapper: "authedAction", allowed: STAFF },
  },
  "app/supervisor/statistics/actions.ts": {
    publishStatisticsAction: { wrapper: "authedAction", allowed: ["supervisor"] },
    saveManualFiguresAction: { wrapper: "authedAction", allowed: ["supervisor"] },
    saveReportProseAction: { wrapper: "authedAction", allowed: ["supervisor"] },
  },
  "app/supervisor/actions.ts": {
    approveExtensionAction: { wrapper: "authedAction", allowed: ["supervisor"] },
    refuseExtensionAction: { wrapper: "authedAction", allowed: ["supervisor"] },
  },
};

/** Exports that are not wrapped, and why that is safe. */
const UNWRAPPED: Record<string, string> = {
  "app/actions.ts#setLocaleAction": "sets the caller's own language cookie, and the signed-in caller's own account locale",
  "app/actions.ts#signOutAction": "ends the caller's own session",
};

// ---- The route tree ----------------------------------------------------------------------------------------------

const ROUTE_FILE = /(^|\/)(page\.tsx|route\.ts|actions\.ts|[\w-]+-actions\.ts)$/;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

function routeFiles(): string[] {
  return walk("app")
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => ROUTE_FILE.test(f))
    .sort();
}

/** HTTP methods a route.ts exports (`export const GET`, `export async function POST`, `export { x as GET }`). */
function exportedMethods(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  const found = new Set<string>();
  for (const m of src.matchAll(/export\s+(?:async\s+)?(?:const|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) found.add(m[1]!);
  for (const m of src.matchAll(/export\s+const\s*\{([^}]*)\}/g)) for (const n of m[1]!.matchAll(/\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) found.add(n[1]!);
  for (const m of src.matchAll(/export\s*\{([^}]*)\}/g)) for (const n of m[1]!.matchAll(/as\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) found.add(n[1]!);
  return [...found].sort();
}

/** Each export of a "use server" file and what it is wrapped in (null: not wrapped). */
function actionExports(file: string): Record<string, { wrapper: string | null; capability: string | null }> {
  const src = fs.readFileSync(file, "utf8");
  const out: Record<string, { wrapper: string | null; capability: string | null }> = {};
  for (const m of src.matchAll(/export\s+const\s+(\w+)\s*=\s*(\w+)\(\s*\w+\s*,\s*(?:"([\w.]+)")?/g)) {
    const wrapper = m[2] === "authedAction" || m[2] === "publicAction" ? m[2] : null;
    out[m[1]!] = { wrapper, capability: wrapper === "authedAction" ? (m[3] ?? null) : null };
  }
  for (const m of src.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) out[m[1]!] = { wrapper: null, capability: null };
  for (const m of src.matchAll(/export\s*\{([^}]*)\}/g)) for (const n of m[1]!.split(",")) out[n.trim().split(/\s+as\s+/).pop()!] ??= { wrapper: null, capability: null };
  return out;
}

// ---- Principals --------------------------------------------------------------------------------------------------

type Credentials = { jar?: CookieJar; token?: string };
const creds = {} as Record<Principal, Credentials>;
const fx = {} as Fixture;
let actions: ActionRef[] = [];

beforeAll(async () => {
  const base = baseUrl();
  const make = async (roles: string[]) => createTestUser(roles);
  const [a, b, staff, supervisor, admin, disabled, revoked, expired] = await Promise.all([
    make(["citizen"]),
    make(["citizen"]),
    make(["staff"]),
    make(["staff", "supervisor"]),
    make(["admin"]),
    make(["staff", "supervisor", "admin"]),
    make(["staff", "supervisor", "admin"]),
    make(["staff", "supervisor", "admin"]),
  ]);
  const signedIn = async (u: { id: string; email: string; password: string }): Promise<Credentials> => ({
    jar: (await signInOverHttp(base, u.email, u.password)).jar,
    token: await createTestToken(u.id),
  });
  creds.anonymous = {};
  creds.citizenA = await signedIn(a);
  creds.citizenB = await signedIn(b);
  creds.staff = await signedIn(staff);
  creds.supervisor = await signedIn(supervisor);
  creds.admin = await signedIn(admin);
  // Signed in with every role and holding a token, then disabled: both must stop working at once.
  creds.disabled = await signedIn(disabled);
  await sql()`update users set disabled_at = now() where id = ${disabled.id}`;
  creds.revokedToken = { token: await createTestToken(revoked.id, { revoked: true }) };
  creds.expiredToken = { token: await createTestToken(expired.id, { expiresAt: new Date(Date.now() - 60_000) }) };

  fx.caseA = await fileOnline(base, { jar: creds.citizenA.jar });
  fx.citizenAId = a.id;
  fx.year = todayShanghai().slice(0, 4);
  const [template] = await sql()<{ id: string }[]>`select id from document_templates order by created_at limit 1`;
  const [mail] = await sql()<{ id: string }[]>`select id from mail_outbox where case_id = ${fx.caseA.caseId} limit 1`;
  fx.templateId = template!.id;
  fx.mailId = mail!.id;

  // A visitor who looked case A up with its query code holds a signed grant for it (and nothing else).
  actions = serverActions();
  const lookup = actions.find((x) => x.filename === "app/(public)/track/actions.ts" && x.exportedName === "lookupAction")!;
  const grantJar = new CookieJar();
  const r = await callServerAction(base, lookup, [{ trackingNumber: fx.caseA.trackingNumber, queryCode: fx.caseA.queryCode }], {
    jar: grantJar,
    path: "/track",
    headers: { "x-forwarded-for": randomIp() },
  });
  expect(grantJar.has("gk_lookup"), `lookup answered ${r.status}: ${r.body.slice(0, 200)}`).toBe(true);
  creds.lookupGrantA = { jar: grantJar };
}, 120_000);

afterAll(closeSql);

/** Runs `fn` over `items` with at most `n` at a time (the server has two cores; the matrix has hundreds of calls). */
async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

type Observed = { status: number; location: string | null; contentType: string; body: string };

async function probe(p: Probe, method: string, who: Principal): Promise<Observed> {
  const c = creds[who];
  const init = p.init?.(fx) ?? {};
  const headers: Record<string, string> = { "x-forwarded-for": randomIp(), ...init.headers };
  if (p.auth === "token") {
    if (c.token) headers.authorization = `Bearer ${c.token}`;
    if (who === "lookupGrantA" && c.jar) headers.cookie = c.jar.header();
  } else {
    if (c.jar) headers.cookie = c.jar.header();
    else if (c.token) headers.authorization = `Bearer ${c.token}`;
  }
  const res = await fetch(`${baseUrl()}${p.path(fx)}`, { method, headers, body: init.body, redirect: "manual" });
  const body = await res.text();
  const location = res.headers.get("location");
  return { status: res.status, location: location?.replace(/^https?:\/\/[^/]+/, "") ?? null, contentType: res.headers.get("content-type") ?? "", body };
}

function describeOutcome(o: Observed): string {
  if (o.status >= 300 && o.status < 400) return `${o.status} → ${o.location}`;
  return `${o.status} ${o.body.slice(0, 120)}`;
}

function matches(expected: Outcome, o: Observed): boolean {
  const redirect = o.status >= 300 && o.status < 400;
  if (expected === "signin") return redirect && (o.location ?? "").startsWith("/signin");
  if (typeof expected === "string") return redirect && (o.location ?? "").startsWith(expected.slice("redirect:".length));
  return o.status === expected;
}

describe("authorization matrix: the table covers the route tree", () => {
  it("has an entry for every page, route handler and server-action file under app/, and none for files that are gone", () => {
    const files = routeFiles();
    const known = new Set([...Object.keys(PAGES), ...Object.keys(ROUTES), ...Object.keys(ACTIONS)]);
    const missing = files.filter((f) => !known.has(f));
    const stale = [...known].filter((f) => !files.includes(f));
    expect(missing, "add these to the table in tests/integration/authz-matrix.test.ts (PAGES, ROUTES or ACTIONS)").toEqual([]);
    expect(stale, "these table entries name files that no longer exist").toEqual([]);
  });

  it("lists exactly the HTTP methods each route handler exports", () => {
    for (const [file, methods] of Object.entries(ROUTES)) expect(exportedMethods(file), file).toEqual(Object.keys(methods).sort());
  });

  it("keeps server actions in actions.ts / *-actions.ts files only, so the walk finds them all", () => {
    const offenders = [...walk("app"), ...walk("components"), ...walk("lib")]
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .map((f) => f.split(path.sep).join("/"))
      .filter((f) => /^\s*["']use server["']/m.test(fs.readFileSync(f, "utf8")))
      .filter((f) => !ROUTE_FILE.test(f) || f.endsWith("route.ts") || f.endsWith("page.tsx"));
    expect(offenders).toEqual([]);
  });

  it("wraps every server-action export in authedAction (with the capability the table expects) or publicAction", () => {
    for (const [file, expected] of Object.entries(ACTIONS)) {
      const src = fs.readFileSync(file, "utf8");
      expect(src.trimStart().startsWith('"use server"'), `${file} starts with "use server"`).toBe(true);
      const found = actionExports(file);
      for (const [name, info] of Object.entries(found)) {
        const key = `${file}#${name}`;
        if (!info.wrapper) {
          expect(UNWRAPPED[key], `${key} is not wrapped in authedAction/publicAction`).toEqual(expect.any(String));
          continue;
        }
        const want = expected[name];
        expect(want, `${key} has no entry in ACTIONS`).toBeDefined();
        expect(info.wrapper, key).toBe(want!.wrapper);
        if (want!.wrapper === "authedAction") expect(info.capability, `${key} capability`).toEqual(expect.any(String));
      }
      for (const name of Object.keys(expected)) expect(found[name], `${file}#${name} is in the table but not exported`).toBeDefined();
    }
    for (const key of Object.keys(UNWRAPPED)) {
      const [file, name] = key.split("#");
      expect(actionExports(file!)[name!]?.wrapper, key).toBeNull();
    }
  });

  it("every server action of the build is in the table (so the HTTP checks below reach every callable one)", () => {
    const built = serverActions()
      .filter((a) => !UNWRAPPED[`${a.filename}#${a.exportedName}`])
      .map((a) => `${a.filename}#${a.exportedName}`);
    const table = new Set(Object.entries(ACTIONS).flatMap(([file, exports]) => Object.keys(exports).map((n) => `${file}#${n}`)));
    // An export no page imports is not in the build's manifest: it cannot be called, and is checked by the source scan only.
    expect(built.filter((k) => !table.has(k))).toEqual([]);
  });
});

describe("authorization matrix over HTTP", () => {
  it("pages: 200, sign-in, 403 or 404 for every caller", async () => {
    const failures: string[] = [];
    const jobs = Object.entries(PAGES).flatMap(([file, p]) => PRINCIPALS.map((who) => ({ file, p, who })));
    await pool(jobs, 6, async ({ file, p, who }) => {
      const o = await probe({ ...p, auth: "session" }, "GET", who);
      if (!matches(p.expect[who], o)) failures.push(`${file} as ${who}: expected ${p.expect[who]}, got ${describeOutcome(o)}`);
    });
    expect(failures).toEqual([]);
    console.log(`authz matrix: ${jobs.length} page requests`);
  }, 180_000);

  it("route handlers: the expected status for every caller; denials are JSON with an error code, never redirects", async () => {
    const failures: string[] = [];
    const jobs = Object.entries(ROUTES).flatMap(([file, methods]) =>
      Object.entries(methods).flatMap(([method, p]) => PRINCIPALS.map((who) => ({ file, method, p, who }))),
    );
    await pool(jobs, 6, async ({ file, method, p, who }) => {
      const o = await probe(p, method, who);
      const label = `${method} ${file} as ${who}`;
      const expected = p.expect[who];
      if (!matches(expected, o)) return void failures.push(`${label}: expected ${expected}, got ${describeOutcome(o)}`);
      if (file.startsWith("app/api/auth/")) return;
      if (o.status >= 300 && o.status < 400 && file.startsWith("app/api/")) failures.push(`${label}: an API must not redirect`);
      if (o.status >= 400) {
        let code: unknown;
        try {
          code = (JSON.parse(o.body) as { error?: { code?: unknown } }).error?.code;
        } catch {
          code = undefined;
        }
        if (!o.contentType.includes("application/json") || typeof code !== "string") failures.push(`${label}: ${o.status} without a JSON error code: ${o.body.slice(0, 100)}`);
      }
    });
    expect(failures).toEqual([]);
    console.log(`authz matrix: ${jobs.length} route-handler requests`);
  }, 180_000);

  it("Auth.js refuses a credentials POST without its CSRF token: no session cookie", async () => {
    const res = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": randomIp() },
      body: new URLSearchParams({ email: "admin@demo.gongkai.cn", password: "gongkai-demo-2026" }),
    });
    expect(res.headers.getSetCookie().some((c) => /authjs\.session-token=/.test(c))).toBe(false);
  });

  it("server actions: the wrapper answers unauthorized / forbidden, and lets only the table's callers through (to validation)", async () => {
    const failures: string[] = [];
    // A garbage session cookie gets an anonymous caller past the proxy's redirect, so the wrapper itself is tested.
    const forged = new CookieJar().set("authjs.session-token", "forged.session.token");
    const jobs = actions
      .filter((a) => !UNWRAPPED[`${a.filename}#${a.exportedName}`])
      .flatMap((a) => PRINCIPALS.map((who) => ({ a, who })));
    await pool(jobs, 6, async ({ a, who }) => {
      const entry = ACTIONS[a.filename]![a.exportedName]!;
      const signedIn = !SIGNED_OUT.includes(who);
      const expected = entry.wrapper === "publicAction" ? "validation" : entry.allowed.includes(who) ? "validation" : signedIn ? "forbidden" : "unauthorized";
      const params = { trackingNumber: fx.caseA.trackingNumber, templateId: fx.templateId, userId: fx.citizenAId, mailId: fx.mailId, token: "a".repeat(43) };
      // Callers without a session cookie carry the forged one (a visitor's lookup grant travels along with it).
      const jar = cloneJar(creds[who].jar ?? new CookieJar());
      if (!jar.has("authjs.session-token")) jar.set("authjs.session-token", forged.get("authjs.session-token")!);
      // The argument is a bare string: every action schema refuses it, so an allowed caller reaches validation and nothing is written.
      const r = await callServerAction(baseUrl(), a, ["not-an-object"], {
        jar, // a copy: the answer may set cookies, which must stay off the shared jars
        path: pagePathOf(a.pages[0]!, params),
        headers: { "x-forwarded-for": randomIp() },
      });
      if (r.result?.code !== expected) failures.push(`${a.filename}#${a.exportedName} as ${who}: expected ${expected}, got ${r.status} ${r.result ? JSON.stringify(r.result) : r.body.slice(0, 150)}`);
    });
    expect(failures).toEqual([]);
    console.log(`authz matrix: ${jobs.length} server-action calls`);
  }, 180_000);

  it("a case file cannot be fetched by guessing: unknown ids and malformed ids answer the same 404 to staff", async () => {
    for (const id of [crypto.randomUUID(), "not-a-uuid", "../../etc/passwd", "%00"]) {
      const res = await fetch(`${baseUrl()}/api/web/files/${encodeURIComponent(id)}`, { headers: { cookie: creds.staff.jar!.header() } });
      expect(res.status, id).toBe(404);
      expect(await res.json()).toEqual({ error: { code: "not_found" } });
    }
  });
});

function cloneJar(jar: CookieJar): CookieJar {
  const copy = new CookieJar();
  for (const pair of jar.header().split("; ").filter(Boolean)) {
    const i = pair.indexOf("=");
    copy.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return copy;
}
