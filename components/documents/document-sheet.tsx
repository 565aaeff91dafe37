import { BODY_FONT_PT, BODY_LINE_PT, DOCUMENT_PAGE as P, type DocumentParagraph, formatDocumentDate, paragraphsOf, TEXT_WIDTH_MM } from "@/lib/domain/documents";

export type SheetDocument = { title: string; body: string; documentNumber: string; agencyName: string; issuedOn: string };

const BODY_FONT = `"FangSong", "STFangsong", "FangSong_GB2312", "Noto Serif CJK SC", "Source Han Serif SC", serif`;
const TITLE_FONT = `"FZXiaoBiaoSong-B05S", "STSong", "SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif`;

// GB/T 9704-2012 as far as a letter needs it; on screen the same sheet, in print only the sheet with "— n —".
const CSS = `
.gk-doc-sheet{box-sizing:border-box;width:${P.widthMm}mm;min-height:${P.heightMm}mm;margin:0 auto;padding:${P.marginTopMm}mm ${P.marginRightMm}mm ${P.marginBottomMm}mm ${P.marginLeftMm}mm;background:#fff;color:#000;box-shadow:0 1px 4px rgba(0,0,0,.25)}
.gk-doc-sheet *{margin:0}
.gk-doc-head{text-align:center;font-family:${TITLE_FONT}}
.gk-doc-agency{color:#c00000;font-size:22pt;line-height:1.3;font-weight:700;letter-spacing:.05em}
.gk-doc-number{font-family:${BODY_FONT};font-size:${BODY_FONT_PT.toFixed(2)}pt;line-height:1.6;margin-top:2mm}
.gk-doc-rule{border:0;border-top:1px solid #c00000;margin:1mm 0 8mm!important}
.gk-doc-title{font-family:${TITLE_FONT};font-size:22pt;line-height:1.45;font-weight:700;text-align:center;margin-bottom:${(BODY_LINE_PT / 2).toFixed(1)}pt!important}
.gk-doc-body{width:${TEXT_WIDTH_MM}mm;font-family:${BODY_FONT};font-size:${BODY_FONT_PT.toFixed(2)}pt;line-height:${BODY_LINE_PT.toFixed(2)}pt;text-align:justify;line-break:strict;overflow-wrap:anywhere}
.gk-doc-body p.gk-indent{text-indent:2em}
.gk-doc-end{break-inside:avoid}
.gk-doc-sign{width:max-content;margin:${(BODY_LINE_PT * 2).toFixed(1)}pt ${(BODY_FONT_PT * 4).toFixed(1)}pt 0 auto!important;break-inside:avoid}
.gk-doc-sign-name{contain:inline-size;display:flex;justify-content:center;white-space:nowrap}
@media print{
@page{size:A4;margin:${P.marginTopMm}mm ${P.marginRightMm}mm ${P.marginBottomMm}mm ${P.marginLeftMm}mm;
@bottom-center{content:"— " counter(page) " —";font-family:${BODY_FONT};font-size:14pt;vertical-align:top;padding-top:7mm}}
body{background:#fff!important}
body>header,body>footer,body>a[href="#main"]{display:none!important}
main{padding:0!important;max-width:none!important}
.gk-doc-scroll{overflow:visible!important}
.gk-doc-sheet{width:auto;min-height:0;padding:0;box-shadow:none}
}`;

function Paragraph({ p }: { p: DocumentParagraph }) {
  return <p className={p.indent ? "gk-indent" : undefined}>{p.text}</p>;
}

/** The printed form of a document: agency and number, red rule, title, body on the 28 × 22 grid, agency and date. */
export function DocumentSheet({ doc }: { doc: SheetDocument }) {
  const paragraphs = paragraphsOf(doc.body);
  const closing = paragraphs.at(-1);
  const body = paragraphs.slice(0, -1);
  return (
    <div className="gk-doc-scroll overflow-x-auto pb-4">
      <style>{CSS}</style>
      <article className="gk-doc-sheet" lang="zh-CN" data-testid="document-sheet">
        <header className="gk-doc-head">
          <p className="gk-doc-agency">{doc.agencyName}</p>
          <p className="gk-doc-number" data-testid="document-number">
            {doc.documentNumber}
          </p>
          <hr className="gk-doc-rule" />
        </header>
        <h1 className="gk-doc-title">{doc.title}</h1>
        <div className="gk-doc-body" data-testid="document-body">
          {body.map((p, i) => (
            <Paragraph key={i} p={p} />
          ))}
          {/* The closing paragraph goes with the signature: the signature never stands alone on a page. */}
          <div className="gk-doc-end">
            {closing ? <Paragraph p={closing} /> : null}
            {/* The date four characters from the right, the agency centred over the date (GB/T 9704). */}
            <div className="gk-doc-sign">
              <p className="gk-doc-sign-name">
                <span>{doc.agencyName}</span>
              </p>
              <p>{formatDocumentDate(doc.issuedOn)}</p>
            </div>
          </div>
        </div>
      </article>
    </div>
  );
}
