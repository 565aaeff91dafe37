import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files by path: keep it out of the bundle (toolchain trap 3).
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // forbidden() answers 403 and renders app/forbidden.tsx.
  experimental: { authInterrupts: true },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
