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

type ReceiptProps = {
  receipt: ReceiptData;
  /** The applicant is signed in: the request also appears under 我的申请. */
  signedIn?: boolean;
  /** 1 on a page of its own (default), 2 inside a page that has its own h1. */
  headingLevel?: 1 | 2;
  /** Extra buttons next to "Print" (hidden when printing). */
  actions?: ReactNode;
};

function InlineLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-brand-700 underline underline-offset-4 hover:text-brand-800">
      {children}
    </Link>
  );
}

// The site header and footer are not part of the document; hide them while this receipt is on screen.
const PRINT_CSS = "@media print{body>header,body>footer{display:none!important}main{padding:0!important;max-width:none!important}}";

/** 受理回执: what the applicant needs to follow the request. Works in server and client components; printable on A4. */
export function Receipt({ receipt, signedIn = false, headingLevel = 1, actions }: ReceiptProps) {
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
