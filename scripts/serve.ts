/**
 * `npm run dev` and `npm start`: prepares the environment (AUTH_SECRET), then serves Next
 * through a small HTTP server that owns the client address: X-Forwarded-For from a client
 * is only believed behind a trusted proxy (TRUST_PROXY=1).
 */
import { createServer } from "node:http";
import { MissingSecretError, resolveAuthSecret } from "../lib/auth/secret";

const dev = process.argv.includes("--dev");
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

try {
  process.env.AUTH_SECRET = resolveAuthSecret();
} catch (error) {
  if (error instanceof MissingSecretError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "localhost";
const trustProxy = process.env.TRUST_PROXY === "1";

const { default: next } = await import("next");
const app = next({ dev, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const { serveStatsFastPath } = await import("../lib/stats/fast-path");

const server = createServer((req, res) => {
  if (!trustProxy) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
  else if (!req.headers["x-forwarded-for"]) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
  // the hottest read skips the framework (see lib/stats/fast-path.ts); everything else is Next
  serveStatsFastPath(req, res)
    .then((served) => (served ? undefined : handle(req, res)))
    .catch((error) => {
      console.error(error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong." } }));
      }
    });
});

// listen on every address (IPv4 and IPv6), so both localhost and 127.0.0.1 answer
server.listen(port, () => {
  console.log(`SIM Exit ${dev ? "(development)" : ""} ready on http://localhost:${port}`);
});

const shutdown = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
