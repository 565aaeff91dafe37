import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // The catalogs' ICU messages are compiled at build time: the browser then needs only a small formatter, not the
  // ICU parser (about 8 KB gzip of every page's first load). Scripts and tests outside Next read them as written.
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: ["zh-CN", "en"], precompile: true } },
});

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files by path (toolchain trap 3); chinese-days ships ESM without "type": "module",
  // which the bundler refuses: both are loaded by Node at run time instead.
  serverExternalPackages: ["@electric-sql/pglite", "chinese-days"],
  poweredByHeader: false,
  // forbidden() answers 403 and renders app/forbidden.tsx.
  experimental: { authInterrupts: true },
  typedRoutes: false,
  // Every response, API included; the CSP (with a per-request nonce) and HSTS are set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
