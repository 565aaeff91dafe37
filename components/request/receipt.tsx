import Link from "next/link";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/config";
import { formatCalendarDate } from "./format";
import { PrintButton } from "./print-button";

/** The 201 answer of POST /api/web/requests (dates are `YYYY-MM-DD` in Asia/Shanghai). */
export type ReceiptData = {
  trackingNumber: string;
  /** Shown once, right after submission; omit it wherever the receipt is shown again. */
  queryCode?: string;
  receivedAt: string;
  dueDate: string;
  dueDateProvisional: boolean;
  status?: string;
};

/** What the staff-printed 受理回执 adds: who sent what, how, and which agency acknowledges it. */
export type AcknowledgementDetails = {
  agencyName: string;
  applicantName: string;
  /** The information's name, or the start of its description. */
  information: string;
  channel: "in_person" | "fax" | "email" | "online" | "letter" | "other";
  /** The day the receipt is issued (`YYYY-MM-DD`). */
  issuedOn: string;
};

type ReceiptProps = {
  receipt: ReceiptData;
  /**
   * `submitted` (default): the applicant's own confirmation after filing online. `acknowledgement`: the
   * 受理回执 staff print and hand or send to the applicant, under the agency's name; needs `acknowledgement`.
   */
  variant?: "submitted" | "acknowledgement";
  acknowledgement?: AcknowledgementDetails;
  /** The applicant is signed in: the request also appears under 我的申请. */
  signedIn?: boolean;
  /** 1 on a page of its own (default), 2 inside a page that has its own h1. */
  headingLevel?: 1 | 2;
  /** Extra buttons next to "Print" (hidden when printing). */
  actions?: ReactNode;
};

function InlineLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <Link href={href} className={`text-brand-700 underline underline-offset-4 hover:text-brand-800 ${className ?? ""}`}>
      {children}
    </Link>
  );
}

// The site header and footer are not part of the document; hide them while this receipt is on screen.
const PRINT_CSS = "@media print{body>header,body>footer{display:none!important}main{padding:0!important;max-width:none!important}}";

/** 受理回执: what the applicant needs to follow the request. Works in server and client components; printable on A4. */
export function Receipt({ receipt, variant = "submitted", acknowledgement, signedIn = false, headingLevel = 1, actions }: ReceiptProps) {
  if (variant === "acknowledgement" && acknowledgement) {
    return <Acknowledgement receipt={receipt} details={acknowledgement} headingLevel={headingLevel} actions={actions} />;
  }
  return <SubmittedReceipt receipt={receipt} signedIn={signedIn} headingLevel={headingLevel} actions={actions} />;
}

function SubmittedReceipt({ receipt, signedIn, headingLevel, actions }: Required<Pick<ReceiptProps, "receipt" | "signedIn" | "headingLevel">> & { actions?: ReactNode }) {
  const t = useTranslations("receipt");
  const appName = useTranslations("common")("appName");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";

  return (
    <section aria-labelledby="receipt-title" className="space-y-6 print:space-y-3 print:text-[15px] print:leading-normal" data-testid="receipt">
      <style>{PRINT_CSS}</style>
      <p className="hidden border-b-2 border-ink pb-2 text-center text-lg font-semibold print:block">
        {appName} · {t("documentTitle")}
      </p>
      <div className="rounded-md border-l-4 border-ok bg-ok-bg px-4 py-3 text-ok print:border-0 print:bg-white print:p-0">
        <Heading id="receipt-title" tabIndex={-1} className="text-2xl font-semibold">
          {t("title")}
        </Heading>
        <p className="mt-1 text-ink">{t("lead")}</p>
      </div>

      <dl className="grid gap-4 rounded-lg border border-line bg-white p-6 sm:grid-cols-2 print:grid-cols-2 print:gap-3 print:p-4 print:break-inside-avoid">
        <div className="sm:col-span-2 print:col-span-2">
          <dt className="font-medium text-muted">{t("trackingNumber")}</dt>
          <dd className="font-mono text-3xl font-semibold tracking-wider break-all text-brand-800" data-testid="tracking-number">
            {receipt.trackingNumber}
          </dd>
        </div>
        {receipt.queryCode ? (
          <div className="rounded-md border-2 border-warn bg-warn-bg p-4 sm:col-span-2 print:col-span-2 print:bg-white print:p-3">
            <dt className="font-medium text-warn">{t("queryCode")}</dt>
            <dd className="font-mono text-3xl font-semibold tracking-widest break-all text-ink" data-testid="query-code">
              {receipt.queryCode}
            </dd>
            <dd className="mt-2 font-medium text-warn">{t("queryCodeWarning")}</dd>
          </div>
        ) : null}
        <div>
          <dt className="font-medium text-muted">{t("receivedAt")}</dt>
          <dd className="text-lg">{formatCalendarDate(receipt.receivedAt, locale)}</dd>
        </div>
        <div>
          <dt className="font-medium text-muted">{t("dueDate")}</dt>
          <dd className="text-lg">
            {formatCalendarDate(receipt.dueDate, locale)}
            {receipt.dueDateProvisional ? <span className="ml-2 text-base font-medium text-warn">{t("provisionalTag")}</span> : null}
          </dd>
          {receipt.dueDateProvisional ? <dd className="mt-1 text-sm text-muted">{t("provisionalNote")}</dd> : null}
        </div>
      </dl>

      <section aria-labelledby="receipt-next" className="rounded-lg border border-line bg-white p-6 print:p-4 print:break-inside-avoid">
        <Sub id="receipt-next" className="mb-3 text-xl font-semibold text-brand-800">
          {t("nextTitle")}
        </Sub>
        <ol className="list-decimal space-y-2 pl-6">
          <li>{t("nextReply")}</li>
          <li>{t("nextClarification")}</li>
          <li>{t.rich("nextTrack", { link: (chunks) => <InlineLink href="/track">{chunks}</InlineLink> })}</li>
          {signedIn ? <li>{t.rich("nextPortal", { link: (chunks) => <InlineLink href="/portal">{chunks}</InlineLink> })}</li> : null}
        </ol>
      </section>

      <div className="no-print flex flex-wrap gap-3">
        <PrintButton label={t("print")} />
        {actions}
      </div>
    </section>
  );
}

// A4 with the margins of GB/T 9704 letters; only the document itself is printed.
const ACK_PRINT_CSS = `${PRINT_CSS}@media print{@page{size:A4;margin:37mm 26mm 35mm 28mm}}`;

/** 受理回执 printed by staff: the agency's name, the request, tracking number and query code, room for the seal. */
function Acknowledgement({ receipt, details, headingLevel, actions }: { receipt: ReceiptData; details: AcknowledgementDetails; headingLevel: 1 | 2; actions?: ReactNode }) {
  const t = useTranslations("receipt");
  const r = useTranslations("register.receipt");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";
  const date = (d: string) => formatCalendarDate(d, locale);
  const via = r(`via.${details.channel}`);
  const row = (label: string, value: ReactNode, testId?: string) => (
    <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr] print:grid-cols-[11em_1fr]">
      <dt className="font-medium text-muted print:text-ink">{label}</dt>
      <dd className="break-words" data-testid={testId}>
        {value}
      </dd>
    </div>
  );

  return (
    <section
      aria-labelledby="receipt-title"
      data-testid="receipt"
      data-variant="acknowledgement"
      className="space-y-5 rounded-lg border border-line bg-white p-6 sm:p-10 print:space-y-[3mm] print:border-0 print:p-0 print:font-serif print:text-[11.5pt] print:leading-normal"
    >
      <style>{ACK_PRINT_CSS}</style>
      <header className="space-y-2 text-center">
        <p className="text-lg font-semibold print:text-[14pt]">{details.agencyName}</p>
        <Heading id="receipt-title" tabIndex={-1} className="text-2xl font-bold text-brand-800 print:text-[16pt] print:text-ink">
          {r("title")}
        </Heading>
      </header>
      <p>{r("lead", { agency: details.agencyName, receivedAt: date(receipt.receivedAt), channel: via })}</p>

      <dl className="space-y-3 border-y-2 border-ink py-4 print:space-y-[1.5mm] print:py-[3mm] print:break-inside-avoid">
        {row(
          t("trackingNumber"),
          <span className="font-mono text-2xl font-semibold tracking-wider text-brand-800 print:text-[14pt] print:text-ink">{receipt.trackingNumber}</span>,
          "tracking-number",
        )}
        {receipt.queryCode
          ? row(t("queryCode"), <span className="font-mono text-2xl font-semibold tracking-widest print:text-[14pt]">{receipt.queryCode}</span>, "query-code")
          : null}
        {row(r("applicant"), details.applicantName, "receipt-applicant")}
        {row(r("information"), details.information)}
        {row(r("channel"), via, "receipt-channel")}
        {row(t("receivedAt"), date(receipt.receivedAt), "receipt-received-at")}
        {row(
          t("dueDate"),
          <>
            {date(receipt.dueDate)}
            {receipt.dueDateProvisional ? <span className="ml-2 font-medium text-warn print:text-ink">{t("provisionalTag")}</span> : null}
            {receipt.dueDateProvisional ? <span className="mt-1 block text-sm text-muted print:text-[10.5pt] print:text-ink">{t("provisionalNote")}</span> : null}
          </>,
          "receipt-due-date",
        )}
      </dl>
      {receipt.queryCode ? <p className="font-medium text-warn print:text-ink">{r("queryCodeWarning")}</p> : null}

      <section aria-labelledby="receipt-next" className="print:break-inside-avoid">
        <Sub id="receipt-next" className="mb-2 text-xl font-semibold text-brand-800 print:mb-[1mm] print:text-[12pt] print:text-ink">
          {t("nextTitle")}
        </Sub>
        <ol className="list-decimal space-y-1 pl-6 print:space-y-0">
          <li>{t("nextReply")}</li>
          <li>{t("nextClarification")}</li>
          <li>
            {t.rich("nextTrack", { link: (chunks) => <InlineLink href="/track" className="print:text-ink print:no-underline">{chunks}</InlineLink> })}
          </li>
          <li>
            {r.rich("nextPortal", { link: (chunks) => <InlineLink href="/portal" className="print:text-ink print:no-underline">{chunks}</InlineLink> })}
          </li>
        </ol>
      </section>

      {/* Agency and date bottom right, with room above them for the seal. */}
      <div className="ml-auto w-fit space-y-1 pt-10 text-right print:space-y-0 print:break-inside-avoid print:pt-[8mm]">
        <p className="text-sm text-muted print:text-ink">{r("seal")}</p>
        <p className="font-semibold">{details.agencyName}</p>
        <p data-testid="receipt-issued-on">{r("issuedOn", { date: date(details.issuedOn) })}</p>
      </div>

      <div className="no-print flex flex-wrap items-center gap-3 border-t border-line pt-5">
        <PrintButton label={r("print")} />
        {actions}
      </div>
    </section>
  );
}
