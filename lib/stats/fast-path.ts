import type { IncomingMessage, ServerResponse } from "node:http";
import { peekDb } from "../../db/client";
import { readOperatorStats } from "../../db/stats-read";
import { securityHeaders } from "../http/security-headers";

const STATS_PATH = /^\/api\/v1\/operators\/([a-z0-9][a-z0-9-]{0,39})\/stats\/?$/;

/**
 * GET /api/v1/operators/{slug}/stats answered by the HTTP server itself: the same query
 * and cache as the Next route (app/api/v1/operators/[slug]/stats), without the framework's
 * per-request cost, on the connection Next already opened. Returns false to let Next answer
 * (other paths, other methods, or before the database is open).
 */
export async function serveStatsFastPath(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const match = STATS_PATH.exec((req.url ?? "").split("?")[0]);
  const pending = match ? peekDb() : null;
  if (!match || !pending) return false;
  const stats = await readOperatorStats(await pending, match[1]);
  const body = JSON.stringify(stats ?? { error: { code: "not_found", message: `No operator "${match[1]}".` } });
  res.statusCode = stats ? 200 : 404;
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  res.setHeader("Content-Type", "application/json");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
