import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");


const nextConfig: NextConfig = {
  // PGlite ships wasm and data files: keep it out of the bundle (and out of .next/static)
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // forbidden() / unauthorized(): real 403 and 401 pages for /moderation
  experimental: { authInterrupts: true },
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*", "./db/seed/guide/**/*"] },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
