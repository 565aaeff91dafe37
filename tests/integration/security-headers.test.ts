import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/factories";

describe("security headers", () => {
  it("pages carry a nonce-based CSP without unsafe-inline scripts, and the scripts carry the nonce", async () => {
    const res = await fetch(`${baseUrl()}/`);
    const csp = res.headers.get("content-security-policy") ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
    expect(nonce).toBeTruthy();
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // A fresh nonce per response.
    const again = await fetch(`${baseUrl()}/`);
    expect(again.headers.get("content-security-policy")).not.toBe(csp);
  });

  it("every response, API included, says nosniff, a referrer policy and no framing", async () => {
    for (const path of ["/", "/signin", "/api/health", "/api/v1/me"]) {
      const res = await fetch(`${baseUrl()}${path}`, { redirect: "manual" });
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
    }
  });

  it("session cookies are HttpOnly and SameSite", async () => {
    const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
    const cookies = csrf.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const c of cookies) {
      expect(c).toMatch(/HttpOnly/i);
      expect(c).toMatch(/SameSite=Lax/i);
    }
  });
});
