import { parseArgs } from "node:util";
import { loadLocalSecrets } from "./local-secrets";
import { closeDb } from "../db/index";

/** Shared by the bootstrap CLIs: parse flags, run, print a clear error and exit non-zero on failure. */
export function runCli<T extends Record<string, { type: "string" | "boolean" }>>(
  usage: string,
  options: T,
  main: (values: { [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : string }) => Promise<void>,
): void {
  loadLocalSecrets();
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : e}\nUsage: ${usage}`);
    process.exit(2);
  }
  main(values as never)
    .catch((e) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}

