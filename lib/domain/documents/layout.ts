/**
 * The page of a printed document (GB/T 9704-2012 as far as a letter needs it): A4, margins 37/26/35/28 mm
 * (top/right/bottom/left), a 156 × 225 mm text block holding 22 lines of 28 characters in 三号 (16 pt).
 */
export const DOCUMENT_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 37,
  marginRightMm: 26,
  marginBottomMm: 35,
  marginLeftMm: 28,
  charsPerLine: 28,
  linesPerPage: 22,
} as const;

export const TEXT_WIDTH_MM = DOCUMENT_PAGE.widthMm - DOCUMENT_PAGE.marginLeftMm - DOCUMENT_PAGE.marginRightMm; // 156
export const TEXT_HEIGHT_MM = DOCUMENT_PAGE.heightMm - DOCUMENT_PAGE.marginTopMm - DOCUMENT_PAGE.marginBottomMm; // 225

export const MM_PER_PT = 25.4 / 72;
/** One character cell: 156 mm / 28 ≈ 15.8 pt, the size that fits 28 characters of 三号 type on a line. */
export const BODY_FONT_PT = TEXT_WIDTH_MM / DOCUMENT_PAGE.charsPerLine / MM_PER_PT;
/** One line: 225 mm / 22 ≈ 29 pt. */
export const BODY_LINE_PT = TEXT_HEIGHT_MM / DOCUMENT_PAGE.linesPerPage / MM_PER_PT;

export type DocumentParagraph = { text: string; indent: boolean };

/**
 * The body as paragraphs: one per non-empty line, each indented two characters (首行缩进) except the
 * salutation ("张三："), which starts at the margin. Leading spaces typed by hand are dropped: the layout indents.
 */
export function paragraphsOf(body: string): DocumentParagraph[] {
  const lines = body
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""))
    .filter((l) => l !== "");
  return lines.map((text, i) => ({ text, indent: !(i === 0 && isSalutation(text)) }));
}

/** "{{applicantName}}：" / "某某公司：" — a short first line ending in a colon addresses the recipient. */
function isSalutation(line: string): boolean {
  return /[：:]$/.test(line) && [...line].length <= 40;
}

/** "— 3 —": the page number as GB/T 9704 prints it. */
export function pageNumberLabel(page: number): string {
  return `— ${page} —`;
}
