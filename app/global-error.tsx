"use client";

import Link from "next/link";
import zhCN from "@/lib/i18n/messages/zh-CN/error-page.json";
import en from "@/lib/i18n/messages/en/error-page.json";
import "./globals.css";

/**
 * The last resort, when even the root layout failed (it reads the session and the locale): no layout, no
 * translation provider, so both languages are shown, from the same catalogs as app/error.tsx.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen flex-col">
        <main id="main" className="mx-auto w-full max-w-2xl flex-1 space-y-8 px-4 py-8" role="alert" data-testid="error-page">
          {[zhCN.errorPage, en.errorPage].map((t, i) => (
            <section key={t.title} lang={i === 0 ? "zh-CN" : "en"} className="space-y-3">
              <h1 className="text-2xl font-semibold text-brand-800">{t.title}</h1>
              <p>{t.body}</p>
              {error.digest ? <p className="text-sm text-muted">{t.reference.replace("{digest}", error.digest)}</p> : null}
            </section>
          ))}
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={reset} className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700">
              {zhCN.errorPage.retry} / {en.errorPage.retry}
            </button>
            <Link href="/" className="inline-flex min-h-11 items-center rounded-md border border-line bg-white px-5 py-2 font-medium text-brand-700 hover:bg-brand-50">
              {zhCN.errorPage.home} / {en.errorPage.home}
            </Link>
          </div>
        </main>
      </body>
    </html>
  );
}
