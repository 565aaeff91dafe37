// Printed on A4: the site header and footer (and every .no-print control) are left out; the page's tables stay.
const PRINT_CSS =
  "@media print{@page{size:A4;margin:20mm 18mm}body>header,body>footer{display:none!important}main{padding:0!important;max-width:none!important}a{color:inherit!important;text-decoration:none!important}}";
// Charts print with their data tables: closed disclosures are opened on paper.
const OPEN_DETAILS = "@media print{details::details-content{content-visibility:visible!important;display:block!important}details>summary{display:none!important}}";

/** A4 print rules for a statistics page (a <style> element, allowed by the CSP's style-src). */
export function PrintStyles({ openDetails = false }: { openDetails?: boolean }) {
  return <style>{openDetails ? PRINT_CSS + OPEN_DETAILS : PRINT_CSS}</style>;
}
