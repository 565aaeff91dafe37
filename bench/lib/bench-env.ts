import crypto from "node:crypto";

/**
 * Where benchmarks run: PostgreSQL on 127.0.0.1 only (never a remote host), as the trust-authenticated
 * `postgres` user of this machine. The secrets below are fixed, synthetic and bench-only: the generated
 * data's blind indexes and the server's session cookies must agree across `bench:generate` and `bench`.
 */
export const BENCH_HOST = "127.0.0.1";
export const BENCH_PORT = 5432;
export const DEFAULT_BENCH_DATABASE = "gongkai_bench";
/** Marker written with COMMENT ON DATABASE: the generator only ever drops a database that carries it. */
export const BENCH_DATABASE_MARKER = "gongkai bench database (bench/generate.ts): safe to drop";

const derive = (label: string) => crypto.createHash("sha256").update(`gongkai-bench:${label}`).digest("base64");
export const BENCH_DATA_ENCRYPTION_KEY = derive("data-encryption-key");
export const BENCH_AUTH_SECRET = derive("auth-secret");

export function benchDatabaseUrl(database: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw new Error(`--database must be a plain lower-case identifier, got ${database}`);
  return `postgres://postgres@${BENCH_HOST}:${BENCH_PORT}/${database}`;
}

export function adminDatabaseUrl(): string {
  return `postgres://postgres@${BENCH_HOST}:${BENCH_PORT}/postgres`;
}

/** The environment a bench child process (migrations, CLIs, next start) gets: bench DB, bench secrets, no mail. */
export function benchProcessEnv(database: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_READ_URL;
  delete env.SMTP_URL;
  return {
    ...env,
    DATABASE_URL: benchDatabaseUrl(database),
    DATA_ENCRYPTION_KEY: BENCH_DATA_ENCRYPTION_KEY,
    AUTH_SECRET: BENCH_AUTH_SECRET,
    ...extra,
  };
}

/** Refuses any URL that does not point at this machine's loopback address. */
export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (host !== BENCH_HOST) throw new Error(`Benchmarks run against ${BENCH_HOST} only, not ${host}.`);
}
