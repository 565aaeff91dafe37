import type { Sql } from "postgres";

type Template = { id: string; kind: string; outcome: string | null; reasonCode: string | null; version: number; title: string; body: string };

/** The migrated default templates, so generated documents have the real texts' lengths and shape. */
export class DocumentTemplates {
  private readonly cache = new Map<string, Template | null>();
  private constructor(private readonly templates: Template[]) {}

  static async load(sql: Sql): Promise<DocumentTemplates> {
    const rows = await sql<Template[]>`
      select id, kind, outcome, reason_code as "reasonCode", version, title, body from document_templates where is_active`;
    return new DocumentTemplates(rows);
  }

  /** The most specific template: kind + outcome + reason, then kind + outcome, then the kind alone. */
  pick(kind: string, outcome: string | null, reasonCode: string | null): Template | null {
    const key = `${kind}|${outcome}|${reasonCode}`;
    if (!this.cache.has(key)) {
      const of = this.templates.filter((t) => t.kind === kind);
      this.cache.set(
        key,
        of.find((t) => t.outcome === outcome && t.reasonCode === reasonCode) ??
          of.find((t) => t.outcome === outcome && t.reasonCode === null) ??
          of.find((t) => t.outcome === null && t.reasonCode === null) ??
          of[0] ??
          null,
      );
    }
    return this.cache.get(key) ?? null;
  }

  static render(body: string, values: Record<string, string>): string {
    return body.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
  }
}
