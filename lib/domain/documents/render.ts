/** A value for a placeholder; null, undefined and blank strings count as missing. */
export type TemplateValue = string | number | null | undefined;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export type RenderResult = {
  text: string;
  /** Placeholders without a value, in order of first appearance; they stay visible in `text` as {{name}}. */
  missing: string[];
};

// {{name}} or {{ name }}; names are identifiers, so "{{ }}" or "{{2026}}" are plain text.
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Fills {{placeholders}} in one pass: values are inserted as they are (a value containing "{{x}}" is not
 * expanded again). A placeholder with no value is left visible and reported, so a person sees the gap.
 */
export function renderTemplate(template: string, values: TemplateValues): RenderResult {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    const str = value === null || value === undefined ? "" : String(value);
    if (str.trim() === "") {
      if (!missing.includes(name)) missing.push(name);
      return `{{${name}}}`;
    }
    return str;
  });
  return { text, missing };
}

/** The placeholder names a template uses, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
