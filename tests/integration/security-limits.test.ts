import crypto from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSql } from "../support/db";
import { baseUrl, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";
import { startAppServer, type AppServer } from "../security/app-server";
import { fileOnline, PDF_BYTES, requestForm } from "../security/fixtures";
import { callServerAction, CookieJar, postOnOwnConnection, randomIp, serverActions, signInOverHttp, type ActionRef } from "../security/http";

/**
 * Transport security and limits, on a second server of the same build whose public URL is https (behind a
 * TLS-terminating proxy that says so with X-Forwarded-Proto) and whose rate limits are tiny, so nothing here
 * disturbs the other suites: HSTS, Secure cookies, 429 with Retry-After on sign-in, registration, password reset,
 * submission and lookup; upload size limits (413) on every body-taking route.
 */

const LIMIT = 2;
let app: AppServer;
const https = { "x-forwarded-proto": "https" };
let actions: ActionRef[];
const action = (name: string) => actions.find((a) => a.exportedName === name)!;

beforeAll(async () => {
  app = await startAppServer({
    APP_URL: "https://gongkai.example.gov.cn",
    RATE_LIMIT_SIGNIN_PER_15_MINUTES: String(LIMIT),
    RATE_LIMIT_REGISTRATIONS_PER_HOUR: String(LIMIT),
    RATE_LIMIT_PASSWORD_RESETS_PER_HOUR: "1",
    RATE_LIMIT_SUBMISSIONS_PER_HOUR: String(LIMIT),
    RATE_LIMIT_LOOKUPS_PER_MINUTE: String(LIMIT),
  });
  actions = serverActions();
}, 90_000);

afterAll(async () => {
  await app?.stop();
  await closeSql();
});

/** The attributes of one Set-Cookie line, by lower-case name. */
function attributes(line: string): { name: string; attrs: Map<string, string> } {
  const [pair, ...rest] = line.split(";").map((p) => p.trim());
  const attrs = new Map(rest.map((a) => {
    const [k, ...v] = a.split("=");
    return [k!.toLowerCase(), v.join("=")] as [string, string];
  }));
  return { name: pair!.slice(0, pair!.indexOf("=")), attrs };
}

describe("behind https", () => {
  it("pages carry HSTS; the plain-http main server does not send it", async () => {
    for (const path of ["/", "/signin", "/track"]) {
      const res = await fetch(`${app.baseUrl}${path}`, { headers: https });
      expect(res.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
    }
    expect((await fetch(`${baseUrl()}/`)).headers.get("strict-transport-security")).toBeNull();
  });

  it("every cookie the app sets is Secure, HttpOnly and SameSite, and the session works under its __Secure- name", async () => {
    const user = await createTestUser(["staff"]);
    const session = await signInOverHttp(app.baseUrl, user.email, user.password, { headers: https });
    expect(session.jar.has("__Secure-authjs.session-token")).toBe(true);
    expect(session.jar.has("authjs.session-token")).toBe(false);

    const lines: string[] = [];
    const csrf = await fetch(`${app.baseUrl}/api/auth/csrf`, { headers: https });
    lines.push(...csrf.headers.getSetCookie());
    const signIn = await fetch(`${app.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { ...https, "content-type": "application/x-www-form-urlencoded", cookie: new CookieJar().store(csrf).header(), "x-forwarded-for": randomIp() },
      body: new URLSearchParams({ csrfToken: ((await csrf.json()) as { csrfToken: string }).csrfToken, email: user.email, password: user.password }),
    });
    lines.push(...signIn.headers.getSetCookie());

    // The lookup grant and the language choice are cookies too.
    const filed = await fileOnline(app.baseUrl);
    const grant = new CookieJar();
    const looked = await fetch(`${app.baseUrl}/track`, {
      method: "POST",
      redirect: "manual",
      headers: { ...https, "next-action": action("lookupAction").id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", "x-forwarded-for": randomIp() },
      body: JSON.stringify([{ trackingNumber: filed.trackingNumber, queryCode: filed.queryCode }]),
    });
    lines.push(...looked.headers.getSetCookie());
    grant.store(looked);
    expect(grant.has("gk_lookup")).toBe(true);
    const localeForm = new FormData();
    localeForm.append(`$ACTION_ID_${action("setLocaleAction").id}`, "");
    localeForm.append("locale", "en");
    const locale = await fetch(`${app.baseUrl}/`, { method: "POST", redirect: "manual", headers: https, body: localeForm });
    lines.push(...locale.headers.getSetCookie());

    const names = lines.map((l) => attributes(l).name);
    expect(names).toEqual(expect.arrayContaining(["__Host-authjs.csrf-token", "__Secure-authjs.callback-url", "__Secure-authjs.session-token", "gk_lookup", "NEXT_LOCALE"]));
    for (const line of lines) {
      const { name, attrs } = attributes(line);
      expect(attrs.has("secure"), `${name} is Secure`).toBe(true);
      expect(attrs.get("samesite")?.toLowerCase(), `${name} SameSite`).toMatch(/^(lax|strict)$/);
      if (name !== "__Secure-authjs.callback-url") expect(attrs.has("httponly"), `${name} is HttpOnly`).toBe(true);
    }

    const staffPage = await fetch(`${app.baseUrl}/staff`, { headers: { ...https, cookie: session.jar.header() }, redirect: "manual" });
    expect(staffPage.status).toBe(200);
  });
});

describe("rate limits (tiny, on the second server)", () => {
  async function expect429(res: Response, what: string) {
    expect(res.status, what).toBe(429);
    expect(await res.json()).toEqual({ error: { code: "rate_limited" } });
    const retry = Number(res.headers.get("retry-after"));
    expect(Number.isInteger(retry) && retry > 0 && retry <= 3600, `${what} Retry-After ${res.headers.get("retry-after")}`).toBe(true);
  }

  it("submissions: the JSON API and the online form answer 429 with Retry-After past the limit, per address", async () => {
    const ip = randomIp();
    const post = () =>
      fetch(`${app.baseUrl}/api/v1/requests`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": ip }, body: JSON.stringify(naturalPersonBody()) });
    for (let i = 0; i < LIMIT; i++) expect((await post()).status).toBe(201);
    await expect429(await post(), "POST /api/v1/requests");
    const form = await fetch(`${app.baseUrl}/api/web/requests`, {
      method: "POST",
      headers: { "x-forwarded-for": ip },
      body: requestForm(naturalPersonBody(), [{ field: "idDocument", name: "id.pdf", type: "application/pdf", bytes: PDF_BYTES }]),
    });
    await expect429(form, "POST /api/web/requests");
    // Another address is not affected.
    expect((await fetch(`${app.baseUrl}/api/v1/requests`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": randomIp() }, body: JSON.stringify(naturalPersonBody()) })).status).toBe(201);
  });

  it("lookups: the status API answers 429 with Retry-After, and the lookup form says rate_limited", async () => {
    const filed = await fileOnline(baseUrl());
    const ip = randomIp();
    const get = () => fetch(`${app.baseUrl}/api/v1/requests/${filed.trackingNumber}`, { headers: { "x-query-code": filed.queryCode, "x-forwarded-for": ip } });
    for (let i = 0; i < LIMIT; i++) expect((await get()).status).toBe(200);
    await expect429(await get(), "GET /api/v1/requests/{tn}");
    const form = await callServerAction(app.baseUrl, action("lookupAction"), [{ trackingNumber: filed.trackingNumber, queryCode: filed.queryCode }], { path: "/track", headers: { "x-forwarded-for": ip } });
    expect(form.result?.code).toBe("rate_limited");
  });

  it("adding a paper request to My requests spends the lookup budget of the address, and has one per account", async () => {
    const filed = await fileOnline(baseUrl());
    const user = await createTestUser(["citizen"]);
    const session = await signInOverHttp(app.baseUrl, user.email, user.password, { headers: https });
    const ip = randomIp();
    const attempt = (from: string) =>
      callServerAction(app.baseUrl, action("linkRequestAction"), [{ trackingNumber: filed.trackingNumber, queryCode: "WRONG-CODE0" }], { jar: session.jar, path: "/portal", headers: { ...https, "x-forwarded-for": from } });
    for (let i = 0; i < LIMIT; i++) expect((await attempt(ip)).result?.code).toBe("not_found");
    expect((await attempt(ip)).result?.code).toBe("rate_limited");
    // The status lookup from that address is out of budget too: one form is no way around the other.
    const lookup = await callServerAction(app.baseUrl, action("lookupAction"), [{ trackingNumber: filed.trackingNumber, queryCode: filed.queryCode }], { path: "/track", headers: { ...https, "x-forwarded-for": ip } });
    expect(lookup.result?.code).toBe("rate_limited");
    // A new address does not reset the account's own budget.
    expect((await attempt(randomIp())).result?.code).toBe("rate_limited");
  });

  it("sign-in, registration and password reset forms say rate_limited past their limits", async () => {
    const ip = randomIp();
    const headers = { "x-forwarded-for": ip };
    const user = await createTestUser(["citizen"]);
    const signIns = [];
    for (let i = 0; i <= LIMIT; i++) signIns.push(await callServerAction(app.baseUrl, action("signInAction"), [{ email: user.email, password: "wrong-password-1" }], { path: "/signin", headers }));
    expect(signIns.slice(0, LIMIT).map((r) => r.result?.code)).toEqual(Array(LIMIT).fill("unauthorized"));
    expect(signIns[LIMIT]!.result?.code).toBe("rate_limited");

    const register = () => {
      const email = `limit-${crypto.randomBytes(4).toString("hex")}@test.gongkai.cn`;
      return callServerAction(app.baseUrl, action("registerAction"), [{ name: "限流测试", email, password: "Passw0rd-2026", confirmPassword: "Passw0rd-2026" }], { path: "/register", headers });
    };
    for (let i = 0; i < LIMIT; i++) expect((await register()).result?.code).toBeUndefined();
    expect((await register()).result?.code).toBe("rate_limited");

    const reset = () => callServerAction(app.baseUrl, action("forgotPasswordAction"), [{ email: user.email }], { path: "/forgot-password", headers: { "x-forwarded-for": randomIp() } });
    expect((await reset()).result?.ok).toBe(true);
    // One reset mail per account and hour here, whatever the address.
    expect((await reset()).result?.code).toBe("rate_limited");
  });
});

describe("upload size limits", () => {
  /** Declares a body larger than the route accepts (sending only its first bytes): 413 before anything is read. */
  function declareHuge(url: string, contentType: string, length: number, cookie?: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(url, { method: "POST", agent: false, headers: { "content-type": contentType, "content-length": String(length), "x-forwarded-for": randomIp(), ...(cookie ? { cookie } : {}) } });
      req.on("response", (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body });
        });
      });
      req.on("error", reject);
      req.write(Buffer.alloc(64 * 1024, 0x20));
    });
  }

  it("answers 413 JSON on every body-taking route and server action when the declared size is past its limit", async () => {
    const staff = await createTestUser(["staff"]);
    const staffJar = (await signInOverHttp(baseUrl(), staff.email, staff.password)).jar;
    const multipart = "multipart/form-data; boundary=x";
    const cases: [string, string, number, string?][] = [
      ["/api/v1/requests", "application/json", 2 * 1024 * 1024],
      ["/api/web/requests", multipart, 200 * 1024 * 1024],
      ["/api/web/cases", multipart, 300 * 1024 * 1024, staffJar.header()],
      [`/api/web/requests/GK-2026-000001/clarification`, multipart, 100 * 1024 * 1024],
    ];
    for (const [path, type, length, cookie] of cases) {
      const r = await declareHuge(`${baseUrl()}${path}`, type, length, cookie);
      expect(r.status, path).toBe(413);
      expect(JSON.parse(r.body), path).toEqual({ error: { code: "payload_too_large" } });
    }
    // A server action (a POST to a page) past Next's 1 MB limit for them: 413, where Next alone answers 500.
    const lookup = serverActions().find((a) => a.exportedName === "lookupAction")!;
    const body = JSON.stringify([{ trackingNumber: "GK-2026-000001", queryCode: "x".repeat(1_100_000) }]);
    const action = await postOnOwnConnection(`${baseUrl()}/track`, { "next-action": lookup.id, "content-type": "text/plain;charset=UTF-8", "content-length": String(Buffer.byteLength(body)) }, { chunks: () => [body] });
    expect(action.status, action.text.slice(0, 200)).toBe(413);
    expect(JSON.parse(action.text)).toEqual({ error: { code: "payload_too_large" } });
  });
});
