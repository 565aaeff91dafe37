import { spawn } from "node:child_process";
import crypto from "node:crypto";
import postgres from "postgres";

/** True when the suite runs on a real PostgreSQL server (not the embedded PGlite fallback of scripts/test.ts). */
export const onPostgres = process.env.GONGKAI_TEST_DB_KIND !== "pglite";

function serverUrl(): URL {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = "/postgres";
  return url;
}

/** A fresh, empty database on the test server (dropped by `drop()`), for suites that must not touch the shared one. */
export async function createScratchDatabase(label: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `gongkai_${label}_${crypto.randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl().toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = serverUrl();
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const a = postgres(serverUrl().toString(), { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export type Run = { code: number | null; stdout: string; stderr: string };

/** `npm run <script> -- args` with `env` over this process's environment (asynchronous: the test keeps serving). */
export function npmRun(script: string, args: string[], env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
