import { z } from "zod";

const bool = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every variable the app reads, with its default. README's configuration table mirrors this. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ message: "must be a postgres:// URL" }).optional().or(z.literal("").transform(() => undefined)),
  DATABASE_READ_URL: z.url({ message: "must be a postgres:// URL" }).optional().or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters (e.g. `openssl rand -base64 32`)" }),
  DATA_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, { message: "must be 32 random bytes in base64" })
    .optional(),
  APP_URL: z.url().optional(),
  PORT: positiveInt(3000),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("政府信息公开 <no-reply@gongkai.localhost>"),
  JOBS_ENABLED: z.enum(["1", "0", "true", "false"]).default("1").transform((v) => v === "1" || v === "true"),
  JOBS_POLL_INTERVAL_MS: positiveInt(2000),
  MAIL_DELIVERY_INTERVAL_SECONDS: positiveInt(5),
  RATE_LIMIT_SIGNIN_PER_15_MINUTES: positiveInt(10),
  RATE_LIMIT_REGISTRATIONS_PER_HOUR: positiveInt(10),
  RATE_LIMIT_PASSWORD_RESETS_PER_HOUR: positiveInt(5),
  RATE_LIMIT_SUBMISSIONS_PER_HOUR: positiveInt(60),
  RATE_LIMIT_LOOKUPS_PER_MINUTE: positiveInt(30),
  SEED_DEMO: bool,
  /** Read where the PDF is rendered (lib/server/documents); listed here so a bad value is named at start. */
  PDF_FONT_PATH: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed lazily: `next build` imports server modules and must need no environment at all. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}\nSee README.md, section "Configuration".`);
  }
  if (parsed.data.NODE_ENV === "production" && parsed.data.DATABASE_URL && !parsed.data.DATA_ENCRYPTION_KEY) {
    // Personal data cannot be stored without it; the embedded default generates one under ./.data.
    throw new Error("Invalid configuration:\n  - DATA_ENCRYPTION_KEY: required in production (32 random bytes in base64)");
  }
  cached = parsed.data;
  return cached;
}

export function appUrl(): string {
  const env = getEnv();
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
