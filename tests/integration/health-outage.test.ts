import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

describe("GET /api/health without a database", () => {
  it("answers 503 JSON while PostgreSQL is unreachable, and the server keeps running", async () => {
    const port = await freePort();
    const deadPort = await freePort(); // nothing listens there
    const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_URL: `postgres://postgres@127.0.0.1:${deadPort}/none`, JOBS_ENABLED: "0", PORT: String(port) },
      stdio: "ignore",
    });
    try {
      let res: Response | undefined;
      for (let i = 0; i < 100 && !res; i++) {
        res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
        if (!res) await new Promise((r) => setTimeout(r, 200));
      }
      expect(res?.status).toBe(503);
      expect(await res!.json()).toEqual({ status: "error", database: "unreachable" });
      // A page that needs the database answers without crashing the process.
      const again = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(again.status).toBe(503);
      expect(server.exitCode).toBeNull();
    } finally {
      server.kill("SIGTERM");
    }
  });
});
