import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
    srv.on("error", reject);
  });
}

export type AppServer = {
  baseUrl: string;
  port: number;
  logFile: string;
  process: ChildProcess;
  log: () => string;
  stop: () => Promise<void>;
};

/**
 * A second `next start` of the same build, on its own port, with `env` over the running test server's environment
 * (tiny rate limits, an https APP_URL, a database behind a proxy …). Jobs are off unless asked for, so it never
 * competes with the main server. Waits until it answers /api/health (any status when `waitFor` is "any").
 */
export async function startAppServer(env: Record<string, string>, opts: { waitFor?: "healthy" | "any"; timeoutMs?: number } = {}): Promise<AppServer> {
  const port = await freePort();
  const logFile = path.join(os.tmpdir(), `gongkai-second-server-${port}.log`);
  const fd = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, JOBS_ENABLED: "0", APP_URL: `http://127.0.0.1:${port}`, ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", fd, fd],
  });
  fs.closeSync(fd);
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: AppServer = {
    baseUrl,
    port,
    logFile,
    process: child,
    log: () => fs.readFileSync(logFile, "utf8"),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The second app server exited (code ${child.exitCode}):\n${server.log()}`);
    const res = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (res && (res.ok || opts.waitFor === "any")) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`The second app server did not answer in time:\n${server.log()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
