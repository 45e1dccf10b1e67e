/**
 * The production entry point (`npm start`, bundled to dist/server.js by `npm run build`) and
 * the development server (`npm run dev`). It exists for one reason: to own the client
 * address. `next start` keeps whatever X-Forwarded-For a client sends, so anyone could pick
 * the address rate limits see; here the header is replaced with the address we believe
 * (the socket's, or the N-th from the right behind TRUSTED_PROXY_HOPS proxies), and
 * X-Forwarded-Host/-Proto are dropped unless a trusted proxy set them. Besides, HTTP plumbing
 * Next has no setting for: a request id, 405 for methods Next cannot handle, shared caches told
 * to revalidate cached pages, cached pages tagged and gzipped once per version rather than once
 * per view (lib/http/whole-bodies.ts; Next's own `compress` and `generateEtags` are off), a
 * deadline after which a response not yet begun is answered 503 (lib/http/response-deadline.ts),
 * a graceful stop. Everything else is Next. It also runs in
 * `.next/standalone` (see the README).
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import next from "next";
import { DataDirInUseError, lockDataDir } from "../db/pglite-lock";
import { ConfigurationError, env, type Env } from "../lib/env";
import { PROXY_ONLY_HEADERS, resolveClientAddress } from "../lib/http/forwarded";
import { logError, logInfo, logWarn } from "../lib/log";
import { securityHeaders } from "../lib/http/security-headers";
import { sharedCacheControl } from "../lib/http/shared-cache";
import { EncodedBodies, serveWholeBodies } from "../lib/http/whole-bodies";
import { answerWithinDeadline } from "../lib/http/response-deadline";

const dev = process.argv.includes("--dev");
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// dist/server.js sits one level below the app, in a checkout and in .next/standalone alike
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(dir);

let config: Env;
try {
  config = env();
} catch (error) {
  if (error instanceof ConfigurationError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

// The embedded database belongs to one process: take it before Next starts, so a second
// `npm start` / `npm run dev` on the same folder stops here with a message instead of serving
// errors (the database client inside Next takes the same lock again: it is re-entrant).
if (config.database.kind === "pglite") {
  try {
    lockDataDir(config.database.dir);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

// .next/standalone has no next.config.ts: the build wrote the resolved config next to the output
const standaloneConfigFile = path.join(dir, ".next", "required-server-files.json");
let conf: Record<string, unknown> | undefined;
if (!dev && !existsSync(path.join(dir, "next.config.ts")) && existsSync(standaloneConfigFile)) {
  conf = JSON.parse(readFileSync(standaloneConfigFile, "utf8")).config;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
}

// the server listens on every interface; Next's hostname only names it internally (not HOSTNAME,
// which container runtimes set to the container's id)
const app = next({ dev, dir, hostname: "localhost", port: config.port, ...(conf ? { conf } : {}) });
const handle = app.getRequestHandler();
await app.prepare();
const upgrade = app.getUpgradeHandler();

function ownForwardedHeaders(req: IncomingMessage) {
  const hops = config.trustedProxyHops;
  req.headers["x-forwarded-for"] = resolveClientAddress({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedHops: hops,
  });
  if (hops === 0) for (const name of PROXY_ONLY_HEADERS) delete req.headers[name];
  if (hops === 0 || !req.headers["x-request-id"]) req.headers["x-request-id"] = randomUUID();
}

/** Cached pages: shared caches in front of the app revalidate every time (see lib/http/shared-cache.ts). */
function revalidateSharedCaches(res: ServerResponse) {
  const setHeader = res.setHeader;
  res.setHeader = function (name, value) {
    if (typeof value === "string" && name.toLowerCase() === "cache-control") return setHeader.call(this, name, sharedCacheControl(value));
    return setHeader.call(this, name, value);
  };
}

// streamed responses (dynamic pages, API handlers, files) are compressed as they go
const compressStreams = compression();
const encodedBodies = new EncodedBodies();

// methods the Fetch API cannot represent: Next would fail on them with a 500
const UNSUPPORTED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

const server = createServer((req, res) => {
  if (UNSUPPORTED_METHODS.has(req.method ?? "")) {
    for (const { key, value } of securityHeaders({ dev })) res.setHeader(key, value);
    res.writeHead(405, { Allow: "GET, HEAD, POST, PUT, OPTIONS", "Content-Type": "text/plain; charset=utf-8" }).end("Method not allowed\n");
    return;
  }
  ownForwardedHeaders(req);
  revalidateSharedCaches(res);
  compressStreams(req as never, res as never, () => {});
  serveWholeBodies(req, res, encodedBodies);
  // development compiles a page on its first visit, which may take longer than the deadline
  if (!dev) {
    answerWithinDeadline(req, res, {
      onExpired: () => logWarn("response deadline passed: answered 503", { method: req.method, requestId: String(req.headers["x-request-id"] ?? "") }),
    });
  }
  handle(req, res).catch((error) => {
    // Next answers its own errors; this is Next failing after the deadline already answered
    if (!res.headersSent) res.writeHead(500).end();
    logError("request handler failed", error);
  });
});
server.on("upgrade", (req, socket, head) => {
  ownForwardedHeaders(req);
  void upgrade(req, socket, head);
});

// every address (IPv4 and IPv6), so both localhost and 127.0.0.1 answer
server.listen(config.port, () => {
  logInfo(`SIM Exit${dev ? " (development)" : ""} ready on ${config.siteUrl}`, { port: config.port, pid: process.pid });
});

/**
 * SIGTERM: stop accepting connections, let requests in flight finish, then close the
 * database (the app registers how, see instrumentation-node.ts) and exit; 10 s at most.
 */
type ShutdownHooks = { __simExitShutdown?: Array<() => Promise<void>> };
let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logInfo(`${signal}: finishing requests in flight, then stopping`);
  const deadline = setTimeout(() => {
    logWarn("shutdown took longer than 10 s: closing the remaining connections");
    server.closeAllConnections();
    process.exit(1);
  }, 10_000);
  deadline.unref();
  server.close(async () => {
    let clean = true;
    for (const hook of (globalThis as ShutdownHooks).__simExitShutdown ?? []) {
      await hook().catch((error) => {
        clean = false;
        logError("shutdown hook failed", error);
      });
    }
    if (clean) logInfo("Stopped: every request answered, the database closed.");
    process.exit(0);
  });
  server.closeIdleConnections();
  // keep-alive connections that become idle after their last response close too
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  idle.unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
