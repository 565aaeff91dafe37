import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { benchProcessEnv } from "./bench-env";

const REPO = process.cwd();
/** The benchmark's own copy of the working tree (outside the repo: tsc, eslint and other engineers' builds never see it). */
export const APP_COPY = path.join(os.tmpdir(), "gongkai-bench-app");
const EXCLUDE = [".git", "node_modules", ".next", ".data", "test-results", "playwright-report", "bench/out", "tsconfig.tsbuildinfo", ".node_modules-stamp"];

/**
 * Builds the current working tree in APP_COPY: the shared `.next` of the repo belongs to whoever builds it
 * next (tests rebuild it), so the benchmark never serves or replaces it. The bench-only baseline route is
 * added to the copy (app/api/bench-baseline).
 */
/**
 * node_modules as hard links to the repo's files (`cp -al`: seconds, no extra disk). Turbopack refuses a
 * symlink that leaves the project root. Re-linked whenever package-lock.json changed.
 */
function linkNodeModules(): void {
  const modules = path.join(APP_COPY, "node_modules");
  const lock = fs.statSync(path.join(REPO, "package-lock.json"));
  const stamp = `${lock.size}-${lock.mtimeMs}`;
  const stampFile = path.join(APP_COPY, ".node_modules-stamp");
  if (fs.existsSync(modules) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp) return;
  fs.rmSync(modules, { recursive: true, force: true });
  // realpath: in a git worktree node_modules may be a symlink, and a copied symlink would leave the project root.
  const cp = spawnSync("cp", ["-al", fs.realpathSync(path.join(REPO, "node_modules")), modules], { stdio: "inherit" });
  if (cp.status !== 0) throw new Error("cp -al node_modules failed");
  fs.writeFileSync(stampFile, stamp);
}

// The copy's own `next`: started from the repo's, Next would load a second React from the repo's node_modules.
export function buildAppCopy(opts: { reuse: boolean }): void {
  if (opts.reuse && fs.existsSync(path.join(APP_COPY, ".next/BUILD_ID"))) {
    console.log(`  reusing the build in ${APP_COPY}`);
    return;
  }
  fs.mkdirSync(APP_COPY, { recursive: true });
  const rsync = spawnSync("rsync", ["-a", "--delete", ...EXCLUDE.flatMap((e) => ["--exclude", `/${e}`]), `${REPO}/`, `${APP_COPY}/`], { stdio: "inherit" });
  if (rsync.status !== 0) throw new Error("rsync of the working tree failed");
  linkNodeModules();
  fs.mkdirSync(path.join(APP_COPY, "app/api/bench-baseline"), { recursive: true });
  fs.copyFileSync(path.join(REPO, "bench/baseline/route.ts"), path.join(APP_COPY, "app/api/bench-baseline/route.ts"));
  console.log(`  next build in ${APP_COPY} …`);
  const started = performance.now();
  const build = spawnSync(process.execPath, [path.join(APP_COPY, "node_modules/next/dist/bin/next"), "build"], {
    cwd: APP_COPY,
    stdio: ["ignore", "pipe", "pipe"],
    env: buildEnv(),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** `next build` needs no environment (README): the bench's database and secrets stay out of it. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of ["DATABASE_URL", "DATABASE_READ_URL", "AUTH_SECRET", "DATA_ENCRYPTION_KEY", "NODE_OPTIONS"]) delete env[key];
  return env;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export type AppServer = { baseUrl: string; pid: number; stop: () => Promise<void> };

/**
 * `next start` of APP_COPY on a free port of 127.0.0.1 against the bench database. It runs in its own process
 * group, so stopping it also stops the `next-server` child Next forks; nothing else is ever signalled.
 */
export async function startAppServer(database: string): Promise<AppServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(APP_COPY, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: APP_COPY,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: benchProcessEnv(database, {
      NODE_ENV: "production",
      PORT: String(port),
      AUTH_TRUST_HOST: "true",
      APP_URL: `http://127.0.0.1:${port}`,
      // Periodic jobs would add unrelated work to the measurements.
      JOBS_ENABLED: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    }),
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const pid = child.pid!;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return { baseUrl, pid, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`next start did not answer /api/health within 60 s:\n${log}`);
}

/** The user and API token the HTTP scenarios use, made with the product's own CLIs against the bench database. */
export function createStaffAccount(database: string, email: string, password: string): string {
  const env = benchProcessEnv(database);
  const run = (script: string, args: string[]) =>
    spawnSync("npx", ["tsx", "--conditions=react-server", `scripts/${script}.ts`, ...args], { env, encoding: "utf8" });
  const user = run("user-create", ["--email", email, "--role", "staff", "--password", password, "--name", "压测承办人"]);
  if (user.status !== 0 && !/already exists/.test(user.stderr + user.stdout)) throw new Error(`user:create failed: ${user.stderr}${user.stdout}`);
  const token = run("token-create", ["--email", email, "--name", "bench", "--expires-days", "1"]);
  if (token.status !== 0) throw new Error(`token:create failed: ${token.stderr}`);
  const last = token.stdout.trim().split("\n").pop() ?? "";
  if (!last.startsWith("gk_")) throw new Error(`token:create printed no token: ${token.stdout}`);
  return last;
}
