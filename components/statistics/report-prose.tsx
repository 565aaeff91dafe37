/** The report's own prose sections (2021 format 一、五、六), in print order. */
export const PROSE_SECTIONS = ["overview", "problems", "other"] as const;

/** Prose as the report prints it: paragraphs at blank lines, line breaks kept, first lines indented two characters. */
export function ReportProse({ text, empty }: { text: string; empty: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return <p className="text-muted print:text-ink">{empty}</p>;
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className="indent-[2em] whitespace-pre-line">
          {p}
        </p>
      ))}
    </>
  );
}
