import { parseArgs } from "node:util";

type Spec = Record<string, { type: "string" | "boolean"; default?: string | boolean }>;

/** `--name value` flags after `npm run x --`; unknown flags are an error with the usage line. */
export function parseFlags<S extends Spec>(usage: string, spec: S) {
  try {
    return parseArgs({ args: process.argv.slice(2), options: spec, allowPositionals: false, strict: true }).values;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : e}\nUsage: ${usage}`);
    process.exit(2);
  }
}

export function positiveInt(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(String(value).replace(/_/g, ""));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a whole number > 0, got ${value}`);
  return n;
}
