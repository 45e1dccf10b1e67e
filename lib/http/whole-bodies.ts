/**
 * Cached pages leave Next whole (one `res.end(body)`), the same bytes for every reader until a
 * write changes them. Hashing and gzipping them again for every view is most of what a view
 * costs (measured: gzip halves the throughput of an operator page, Next's JavaScript ETag hash
 * takes a tenth). So the server gives each whole body a SHA-1 entity tag (native, a fraction of
 * that cost), answers a matching If-None-Match with 304, and keeps each body's gzip in a bounded
 * cache keyed by that tag: a page is compressed once per version, not once per view. Streamed
 * responses (dynamic pages, API handlers, files) are left to the `compression` middleware.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { LruStore } from "../cache/lru";

/** Below this, gzip saves little: the body goes as it is (the `compression` default too). */
export const MIN_COMPRESSED_BYTES = 1024;
/** Memory for compressed bodies, least recently used first out. */
export const ENCODED_CACHE_BYTES = 32 * 1024 * 1024;

/** A strong entity tag from the body's SHA-1: equal bodies, equal tags, on every instance. */
export function entityTag(body: Buffer): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** If-None-Match against a tag: a list of tags, weak ones compared weakly, or `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** Whether Accept-Encoding allows gzip: named (or `*`) with a q-value above 0. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  let gzip: number | null = null;
  let any: number | null = null;
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.toLowerCase().split(";");
    const coding = name.trim();
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (coding === "gzip" || coding === "x-gzip") gzip = Math.max(gzip ?? 0, weight);
    else if (coding === "*") any = weight;
  }
  return (gzip ?? any ?? 0) > 0;
}

/** Text worth compressing: HTML, RSC payloads, JSON, XML, JavaScript, CSS, SVG. */
export function compressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|javascript|atom\+xml|rss\+xml|manifest\+json)|image\/svg\+xml)/i.test(contentType.trim());
}

/** Gzipped bodies by their content's tag, bounded in bytes; the least recently used goes first. */
export class EncodedBodies {
  private store: LruStore<Buffer>;

  constructor(maxBytes = ENCODED_CACHE_BYTES) {
    this.store = new LruStore<Buffer>(maxBytes);
  }

  gzip(contentTag: string, body: Buffer): Buffer {
    const cached = this.store.get(contentTag);
    if (cached) return cached;
    const encoded = gzipSync(body);
    this.store.set(contentTag, encoded, encoded.length);
    return encoded;
  }

  get entries() {
    return this.store.size;
  }
}

function addVary(res: ServerResponse, field: string) {
  const current = res.getHeader("vary");
  const list = (Array.isArray(current) ? current.join(",") : String(current ?? "")).split(",").map((v) => v.trim()).filter(Boolean);
  if (!list.some((v) => v === "*" || v.toLowerCase() === field.toLowerCase())) res.setHeader("Vary", [...list, field].join(", "));
}

type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

/**
 * Wraps a response so that a whole 200 body of a GET gets an entity tag (unless it has one), a
 * 304 for a matching If-None-Match, and its cached gzip when the client accepts it. Anything
 * else (a stream of writes, another status or method, an encoding already chosen) passes as is.
 */
export function serveWholeBodies(req: IncomingMessage, res: ServerResponse, bodies: EncodedBodies) {
  if (req.method !== "GET") return;
  const write = res.write;
  const end = res.end as End;
  let streamed = false;
  res.write = function (this: ServerResponse, ...args: Parameters<ServerResponse["write"]>) {
    streamed = true;
    return write.apply(this, args);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    res.write = write;
    res.end = end as ServerResponse["end"];
    const whole = typeof chunk === "string" || Buffer.isBuffer(chunk);
    if (streamed || !whole || res.statusCode !== 200 || res.headersSent || res.getHeader("content-encoding") || !compressible(String(res.getHeader("content-type") ?? ""))) {
      return end.call(this, chunk, encoding, callback);
    }
    const done = typeof encoding === "function" ? encoding : callback;
    const body = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : (chunk as Buffer);
    const contentTag = entityTag(body);
    const existing = res.getHeader("etag");
    const etag = typeof existing === "string" ? existing : contentTag;
    if (!existing) res.setHeader("ETag", etag);
    if (etagMatches(req.headers["if-none-match"], etag)) {
      res.statusCode = 304;
      for (const name of ["content-type", "content-length"]) res.removeHeader(name);
      return end.call(this, undefined, undefined, done);
    }
    if (body.length < MIN_COMPRESSED_BYTES) return end.call(this, body, undefined, done);
    addVary(res, "Accept-Encoding");
    if (!acceptsGzip(req.headers["accept-encoding"])) {
      res.setHeader("Content-Length", body.length);
      return end.call(this, body, undefined, done);
    }
    const encoded = bodies.gzip(contentTag, body);
    res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", encoded.length);
    return end.call(this, encoded, undefined, done);
  } as ServerResponse["end"];
}
