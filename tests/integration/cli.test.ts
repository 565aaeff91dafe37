import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeSql, sql } from "../support/db";
import { baseUrl } from "../support/factories";

function npmRun(script: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync("npm", ["run", "--silent", script, "--", ...args], { env, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(closeSql);

describe("bootstrap CLIs", () => {
  it("create a user, a token printed alone on the last line, and revoke it", async () => {
    const email = `cli-${crypto.randomBytes(4).toString("hex")}@test.gongkai.cn`;
    const created = npmRun("user:create", ["--email", email, "--role", "staff,supervisor", "--password", "cli-password-1"]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const [user] = await sql()<{ roles: string[] }[]>`select roles from users where email = ${email}`;
    expect(user?.roles).toEqual(["staff", "supervisor"]);

    const tokenRun = npmRun("token:create", ["--email", email, "--name", "ci", "--expires-days", "30"]);
    expect(tokenRun.code).toBe(0);
    const token = tokenRun.stdout.trim().split("\n").pop()!;
    expect(token).toMatch(/^gk_[A-Za-z0-9_-]{40,}$/);
    const me = await fetch(`${baseUrl()}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);

    const revoked = npmRun("token:revoke", ["--token", token]);
    expect(revoked.code).toBe(0);
    const after = await fetch(`${baseUrl()}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
    const events = await sql()<{ action: string }[]>`
      select action from audit_events where entity_id in (select id::text from api_tokens where name = 'ci' and user_id = (select id from users where email = ${email})) order by id`;
    expect(events.map((e) => e.action)).toEqual(["token.created", "token.revoked"]);
  });

  it("refuse bad input with a clear message and a non-zero exit", () => {
    const badRole = npmRun("user:create", ["--email", "x@test.gongkai.cn", "--role", "root", "--password", "cli-password-1"]);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain("Unknown role root");
    const noUser = npmRun("token:create", ["--email", "nobody@test.gongkai.cn"]);
    expect(noUser.code).not.toBe(0);
    expect(noUser.stderr).toContain("No user with e-mail");
    const unknownToken = npmRun("token:revoke", ["--token", "gk_unknown"]);
    expect(unknownToken.code).not.toBe(0);
    expect(unknownToken.stderr).toContain("No active token matches");
  });

  it("refuse to open the embedded database while another process (the server) holds it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-lock-"));
    const pgliteDir = path.join(dir, "pglite");
    fs.mkdirSync(pgliteDir);
    // This test process stands in for the running server: alive, and not the CLI.
    fs.writeFileSync(path.join(dir, "pglite.lock"), String(process.pid));
    const env = { ...process.env, DATABASE_URL: "", PGLITE_DIR: pgliteDir };
    const r = npmRun("token:create", ["--email", "someone@test.gongkai.cn"], env);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`is in use by process ${process.pid}`);
  });
});
