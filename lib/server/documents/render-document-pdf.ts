import "server-only";
import fs from "node:fs";
import path from "node:path";
import { BODY_FONT_PT, BODY_LINE_PT, DOCUMENT_PAGE, formatDocumentDate, MM_PER_PT, pageNumberLabel, paragraphsOf } from "@/lib/domain/documents";

/** The serif CJK face of the PDF (a 仿宋 is rarely installed on servers; Noto Serif CJK SC is the fallback). */
export const DEFAULT_PDF_FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
const DEFAULT_PDF_FONT_NAME = "NotoSerifCJKsc-Regular";

export class PdfFontMissingError extends Error {
  constructor(readonly fontPath: string) {
    super(`The PDF font ${fontPath} is not installed (set PDF_FONT_PATH, or install fonts-noto-cjk).`);
    this.name = "PdfFontMissingError";
  }
}

export type PdfDocumentInput = { title: string; body: string; documentNumber: string; agencyName: string; issuedOn: string };

type Font = { src: string; family?: string };

/** PDF_FONT_PATH (a .ttf/.otf, or a .ttc whose Simplified Chinese face is used), else the Noto serif collection. */
function bodyFont(): Font {
  const configured = process.env.PDF_FONT_PATH?.trim();
  const src = configured || DEFAULT_PDF_FONT_PATH;
  if (!fs.existsSync(/*turbopackIgnore: true*/ src)) throw new PdfFontMissingError(src);
  if (!src.toLowerCase().endsWith(".ttc")) return { src };
  return { src, family: src === DEFAULT_PDF_FONT_PATH ? DEFAULT_PDF_FONT_NAME : collectionFace(src) };
}

/** The bold face next to the regular one (NotoSerifCJK-Bold.ttc), for the title; the regular face otherwise. */
function titleFont(body: Font): Font {
  const bold = body.src.replace(/Regular(\.tt[cf]|\.otf)$/i, "Bold$1");
  if (bold === body.src || !fs.existsSync(/*turbopackIgnore: true*/ bold)) return body;
  return { src: bold, family: body.family?.replace(/Regular$/, "Bold") };
}

/** "NotoSerifCJK-Regular.ttc" → "NotoSerifCJKsc-Regular": the postscript name of the SC face in a Noto/Source collection. */
function collectionFace(src: string): string | undefined {
  const m = /^(.*CJK)-?(\w*)\.ttc$/i.exec(path.basename(src));
  return m ? `${m[1]}sc-${m[2] || "Regular"}` : undefined;
}

const mm = (v: number) => v / MM_PER_PT;
const RED = "#c00000";

/**
 * The document as an A4 PDF laid out like the print page (GB/T 9704-2012 as far as a letter needs it):
 * margins 37/26/35/28 mm, agency name in red with the document number under it and a red rule, the title
 * centred, the body in a serif CJK face on a 28 × 22 grid with two-character indents, agency and date bottom
 * right with room for the seal, page numbers "— 1 —". Throws PdfFontMissingError when the font is missing.
 */
export async function renderDocumentPdf(doc: PdfDocumentInput): Promise<Buffer> {
  const body = bodyFont();
  const title = titleFont(body);
  const { default: PDFDocument } = await import("pdfkit");
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: mm(DOCUMENT_PAGE.marginTopMm), bottom: mm(DOCUMENT_PAGE.marginBottomMm), left: mm(DOCUMENT_PAGE.marginLeftMm), right: mm(DOCUMENT_PAGE.marginRightMm) },
    bufferPages: true,
    lang: "zh-CN",
    displayTitle: true,
    info: { Title: `${doc.title} ${doc.documentNumber}`, Author: doc.agencyName, Subject: doc.documentNumber, Creator: "Gongkai" },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  pdf.registerFont("body", body.src, body.family);
  pdf.registerFont("title", title.src, title.family);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const fs16 = BODY_FONT_PT;
  // A hair wider than 28 cells, so rounding never pushes the 28th character onto the next line.
  const textWidth = width + 0.5;

  // 发文机关标志 and 发文字号 (the agency in red, the number under it), then the red rule.
  pdf.font("title").fontSize(22).fillColor(RED).text(doc.agencyName, left, pdf.page.margins.top, { width, align: "center" });
  pdf.moveDown(0.3);
  pdf.font("body").fontSize(fs16).fillColor("black").text(doc.documentNumber, { width, align: "center" });
  pdf.moveDown(0.2);
  const ruleY = pdf.y + 2;
  pdf.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(1).strokeColor(RED).stroke();
  pdf.y = ruleY + mm(8);

  // Title: centred, larger, in the heavier face.
  pdf.font("title").fontSize(22).fillColor("black").text(doc.title, left, pdf.y, { width, align: "center", lineGap: 6 });
  pdf.moveDown(0.6);

  // Body on the 28 × 22 grid.
  pdf.font("body").fontSize(fs16);
  const lineGap = Math.max(0, BODY_LINE_PT - pdf.currentLineHeight());
  const paragraphs = paragraphsOf(doc.body);
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  // Two blank lines of room for the seal, then the agency and the date.
  const signatureHeight = BODY_LINE_PT * 4;
  paragraphs.forEach((p, i) => {
    // The two-character indent as two ideographic spaces: pdfkit's `indent` option skips one-line paragraphs.
    const text = p.indent ? `\u3000\u3000${p.text}` : p.text;
    const options = { width: textWidth, lineGap, align: "left" as const };
    // The closing paragraph ("特此告知。") goes with the signature: the signature never stands alone on a page.
    if (i === paragraphs.length - 1) {
      const need = pdf.heightOfString(text, { ...options }) + signatureHeight;
      if (pdf.y + need > bottom() && need < bottom() - pdf.page.margins.top) pdf.addPage();
    }
    pdf.text(text, left, pdf.y, { ...options });
  });

  // Signature: room for the seal, the agency centred over the date, the date four characters from the right.
  const date = formatDocumentDate(doc.issuedOn);
  if (pdf.y + signatureHeight > bottom()) pdf.addPage();
  const dateWidth = pdf.widthOfString(date);
  const dateX = left + width - 4 * fs16 - dateWidth;
  const center = dateX + dateWidth / 2;
  const nameWidth = Math.min(pdf.widthOfString(doc.agencyName), width);
  const nameX = Math.max(left, Math.min(center - nameWidth / 2, left + width - nameWidth));
  const y = pdf.y + BODY_LINE_PT * 2;
  pdf.text(doc.agencyName, nameX, y, { lineBreak: false });
  pdf.text(date, dateX, y + BODY_LINE_PT, { lineBreak: false });

  // Page numbers 7 mm below the text block; the bottom margin is lifted so pdfkit does not start a new page.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font("body").fontSize(14).fillColor("black").text(pageNumberLabel(i - range.start + 1), left, pdf.page.height - margin + mm(7), { width, align: "center", lineBreak: false });
    pdf.page.margins.bottom = margin;
  }
  pdf.end();
  return done;
}
