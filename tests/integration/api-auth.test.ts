import { afterAll, describe, expect, it } from "vitest";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";

async function getMe(token?: string) {
  const res = await fetch(`${baseUrl()}/api/v1/me`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    redirect: "manual",
  });
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: await res.json().catch(() => null) };
}

afterAll(closeSql);

describe("GET /api/health", () => {
  it("answers 200 with the database ok", async () => {
    const res = await fetch(`${baseUrl()}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok" });
  });
});

describe("API tokens on /api/v1", () => {
  it("answers 401 JSON, never a redirect, without a token", async () => {
    const r = await getMe();
    expect(r.status).toBe(401);
    expect(r.type).toContain("application/json");
    expect(r.body).toEqual({ error: { code: "unauthorized" } });
  });

  it("answers 401 JSON for an unknown /api/v1 path without a token, and 404 JSON with one", async () => {
    const anon = await fetch(`${baseUrl()}/api/v1/nothing-here`, { redirect: "manual" });
    expect(anon.status).toBe(401);
    expect(await anon.json()).toEqual({ error: { code: "unauthorized" } });
    const user = await createTestUser(["staff"]);
    const token = await createTestToken(user.id);
    const known = await fetch(`${baseUrl()}/api/v1/nothing-here`, { headers: { authorization: `Bearer ${token}` } });
    expect(known.status).toBe(404);
    expect(await known.json()).toEqual({ error: { code: "not_found" } });
  });

  it("acts with all roles of the token's owner and records last use", async () => {
    const user = await createTestUser(["staff", "supervisor"]);
    const token = await createTestToken(user.id);
    const r = await getMe(token);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: user.id, email: user.email, roles: ["staff", "supervisor"] });
    expect(r.body).not.toHaveProperty("passwordHash");
    const [row] = await sql()<{ last_used_at: Date | null }[]>`select last_used_at from api_tokens where user_id = ${user.id}`;
    expect(row?.last_used_at).toBeInstanceOf(Date);
  });

  it("refuses a revoked token with 401 JSON", async () => {
    const user = await createTestUser(["staff"]);
    const token = await createTestToken(user.id, { revoked: true });
    const r = await getMe(token);
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: { code: "unauthorized" } });
  });

  it("refuses an expired token with 401 JSON", async () => {
    const user = await createTestUser(["staff"]);
    const token = await createTestToken(user.id, { expiresAt: new Date(Date.now() - 60_000) });
    const r = await getMe(token);
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: { code: "unauthorized" } });
  });

  it("refuses the token of a disabled owner with 401 JSON, and again after the owner is disabled", async () => {
    const disabled = await createTestUser(["admin"], { disabled: true });
    expect((await getMe(await createTestToken(disabled.id))).status).toBe(401);

    const user = await createTestUser(["staff"]);
    const token = await createTestToken(user.id);
    expect((await getMe(token)).status).toBe(200);
    await sql()`update users set disabled_at = now() where id = ${user.id}`;
    const r = await getMe(token);
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: { code: "unauthorized" } });
  });

  it("refuses a malformed or unknown bearer value with 401 JSON", async () => {
    for (const value of ["Bearer", "Bearer gk_doesnotexist_xxxxxxxxxxxxxxxx", "Basic YWRtaW46YWRtaW4=", "Bearer <script>"]) {
      const res = await fetch(`${baseUrl()}/api/v1/me`, { headers: { authorization: value }, redirect: "manual" });
      expect(res.status, value).toBe(401);
      expect(await res.json()).toEqual({ error: { code: "unauthorized" } });
    }
  });
});

describe("protected pages", () => {
  it("redirect an anonymous visitor to sign-in with the path to come back to", async () => {
    const res = await fetch(`${baseUrl()}/admin?tab=users`, { redirect: "manual" });
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/signin?callbackUrl=%2Fadmin%3Ftab%3Dusers");
  });
});
