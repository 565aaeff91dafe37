import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";

import { DEFAULT_PDF_FONT_PATH, PdfFontMissingError, renderDocumentPdf } from "./render-document-pdf";

const doc = {
  title: "政府信息公开申请答复书",
  body: "张三：\n本机关于2026年11月2日收到您提出的政府信息公开申请。\n特此答复。",
  documentNumber: "〔2026〕第12号",
  agencyName: "某某市人民政府办公室",
  issuedOn: "2026-11-30",
};
const pages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
const fontInstalled = fs.existsSync(DEFAULT_PDF_FONT_PATH);

afterEach(() => {
  delete process.env.PDF_FONT_PATH;
});

// Loading and subsetting the CJK font takes seconds of CPU (about 3 s alone, far more while a build runs beside it).
const FONT_TIMEOUT = 60_000;

describe("renderDocumentPdf", () => {
  it.skipIf(!fontInstalled)("writes an A4 PDF with the serif CJK face embedded", async () => {
    const pdf = await renderDocumentPdf(doc);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
    expect(pdf.toString("latin1")).toMatch(/NotoSerifCJKsc-Regular/);
    expect(pages(pdf)).toBe(1);
  }, FONT_TIMEOUT);

  it.skipIf(!fontInstalled)("continues a long letter on further pages", async () => {
    const long = { ...doc, body: `张三：\n${"本机关依法作出如下答复，请予查收。".repeat(20)}\n`.repeat(4) + "特此答复。" };
    expect(pages(await renderDocumentPdf(long))).toBeGreaterThanOrEqual(3);
  }, FONT_TIMEOUT);

  it("refuses with PdfFontMissingError when the configured font is not there", async () => {
    process.env.PDF_FONT_PATH = "/nonexistent/fonts/FangSong.ttf";
    await expect(renderDocumentPdf(doc)).rejects.toBeInstanceOf(PdfFontMissingError);
  });
});
