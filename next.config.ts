import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files by path (toolchain trap 3); chinese-days ships ESM without "type": "module",
  // which the bundler refuses: both are loaded by Node at run time instead.
  serverExternalPackages: ["@electric-sql/pglite", "chinese-days"],
  poweredByHeader: false,
  // forbidden() answers 403 and renders app/forbidden.tsx.
  experimental: { authInterrupts: true },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
