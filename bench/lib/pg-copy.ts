import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Sql } from "postgres";

/** One field in COPY text format: `\N` for null, backslash escapes for the characters the format reserves. */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value !== "string") return String(value);
  // Fast path: most fields need no escaping.
  if (!/[\\\t\n\r]/.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/**
 * A COPY … FROM STDIN stream into one table that buffers rows and honours back-pressure, so the generator
 * never holds more than a few hundred kilobytes per table while PostgreSQL ingests.
 */
export class CopyWriter {
  rows = 0;
  private buffer: string[] = [];
  private bufferedChars = 0;
  private stream: Writable | null = null;
  private done: Promise<unknown> | null = null;

  constructor(
    private readonly sql: Sql,
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  async open(): Promise<void> {
    const cols = this.columns.map((c) => `"${c}"`).join(", ");
    this.stream = await this.sql.unsafe(`copy "${this.table}" (${cols}) from stdin`).writable();
    // `once` also rejects on "error": a server-side COPY failure (a bad value) ends the run loudly.
    this.done = once(this.stream, "finish");
  }

  /** Adds one row (fields in `columns` order). */
  async row(fields: readonly (string | number | boolean | null | undefined)[]): Promise<void> {
    let line = "";
    for (let i = 0; i < fields.length; i++) line += (i ? "\t" : "") + copyField(fields[i]);
    line += "\n";
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.rows++;
    if (this.bufferedChars > 1 << 18) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.stream || this.buffer.length === 0) return;
    const chunk = this.buffer.join("");
    this.buffer = [];
    this.bufferedChars = 0;
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream?.end();
    await this.done;
  }
}
