import compression from "compression";
import { createServer, request, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, EncodedBodies, entityTag, etagMatches, serveWholeBodies } from "@/lib/http/whole-bodies";

const page = `<!DOCTYPE html><html><body>${"<p>MTS: 12 of 20 succeeded online.</p>".repeat(200)}</body></html>`;

// stands in for Next: a cached page is one res.end(body); a dynamic one a stream of writes
function next(path: string, res: ServerResponse) {
  res.setHeader("Content-Type", path === "/data" ? "application/octet-stream" : "text/html; charset=utf-8");
  if (path === "/streamed") {
    res.write(page.slice(0, 4000));
    res.end(page.slice(4000));
  } else if (path === "/small") {
    res.end("<p>hi</p>");
  } else if (path === "/missing") {
    res.statusCode = 404;
    res.end(page);
  } else {
    res.end(page);
  }
}

let server: Server;
let port: number;
const bodies = new EncodedBodies();
beforeAll(async () => {
  const compress = compression();
  server = createServer((req, res) => {
    compress(req as never, res as never, () => {});
    serveWholeBodies(req, res, bodies);
    next(req.url ?? "/", res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Raw HTTP, so that nothing decodes the body for us. */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("a cached page leaves the server tagged, and gzipped once per version", () => {
  it("a browser that accepts gzip gets the page gzipped, with a tag from its content and Vary", async () => {
    const answer = await get("/", { "accept-encoding": "gzip, deflate, br" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
    expect(gunzipSync(answer.body).toString()).toBe(page);
    expect(answer.headers.etag).toBe(entityTag(Buffer.from(page)));
  });

  it("the same version is compressed once: later views reuse the stored gzip", async () => {
    const before = bodies.entries;
    await get("/", { "accept-encoding": "gzip" });
    await get("/", { "accept-encoding": "gzip" });
    expect(bodies.entries).toBe(Math.max(before, 1));
  });

  it("a client without gzip gets the page as it is, with its length and the same tag", async () => {
    const answer = await get("/", {});
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.body.toString()).toBe(page);
    expect(Number(answer.headers["content-length"])).toBe(Buffer.byteLength(page));
    expect(answer.headers.etag).toBe(entityTag(Buffer.from(page)));
    expect((await get("/", { "accept-encoding": "gzip;q=0, identity" })).headers["content-encoding"]).toBeUndefined();
  });

  it("a cache that already has the version gets 304 and no body, gzip or not", async () => {
    const etag = entityTag(Buffer.from(page));
    const conditional: Array<Record<string, string>> = [{ "if-none-match": etag }, { "if-none-match": `"other", W/${etag}`, "accept-encoding": "gzip" }];
    for (const headers of conditional) {
      const answer = await get("/", headers);
      expect(answer.status).toBe(304);
      expect(answer.body.length).toBe(0);
      expect(answer.headers.etag).toBe(etag);
    }
    expect((await get("/", { "if-none-match": '"stale"' })).status).toBe(200);
  });

  it("streamed pages, other statuses, small bodies and HEAD are left to the usual path", async () => {
    const streamed = await get("/streamed", { "accept-encoding": "gzip" });
    expect(streamed.headers["content-encoding"]).toBe("gzip"); // the compression middleware's
    expect(streamed.headers.etag).toBeUndefined();
    expect(gunzipSync(streamed.body).toString()).toBe(page);

    const missing = await get("/missing", { "accept-encoding": "gzip" });
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();

    const small = await get("/small", { "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString()).toBe("<p>hi</p>");

    const data = await get("/data", { "accept-encoding": "gzip" });
    expect(data.headers["content-encoding"]).toBeUndefined();
    expect(data.body.toString()).toBe(page);

    const head = await get("/", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});

describe("the parts", () => {
  it("reads Accept-Encoding with its q-values", () => {
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("*;q=0")).toBe(false);
    expect(acceptsGzip("br, identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it("matches If-None-Match lists, weak tags and *", () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"b", "a"', '"a"')).toBe(true);
    expect(etagMatches("*", '"a"')).toBe(true);
    expect(etagMatches('"b"', '"a"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
  });

  it("keeps compressed bodies within their byte budget, the least recently used out first", () => {
    const one = Buffer.from("a".repeat(5000) + "1");
    const size = gzipSync(one).length;
    const store = new EncodedBodies(size * 2 + 1);
    const first = store.gzip('"1"', one);
    store.gzip('"2"', Buffer.from("b".repeat(5000) + "2"));
    expect(store.gzip('"1"', one)).toBe(first); // the stored gzip, and now the most recent
    store.gzip('"3"', Buffer.from("c".repeat(5000) + "3"));
    expect(store.entries).toBe(2);
    expect(store.gzip('"1"', one)).toBe(first); // "1" outlived "2"
    expect(gunzipSync(first).equals(one)).toBe(true);
  });
});
