import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerWithinDeadline } from "@/lib/http/response-deadline";

const DEADLINE_MS = 300;
let server: Server;
let base: string;
const expired: string[] = [];
const late: Array<Promise<void>> = [];

// stands in for a render that never settles, one that streams slowly, and a quick one
function app(path: string, res: ServerResponse) {
  res.setHeader("Content-Security-Policy", "default-src 'self'");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
  if (path.endsWith("/never")) {
    // the app finishes long after the deadline answered: that must not crash anything
    late.push(
      new Promise((resolve) =>
        setTimeout(() => {
          try {
            res.setHeader("X-Late", "1");
          } catch {
            // headers already sent: what Next meets when it finishes late
          }
          res.end("<p>too late</p>");
          resolve();
        }, DEADLINE_MS * 2),
      ),
    );
    return;
  }
  if (path === "/slow-stream") {
    res.write("<p>first part</p>");
    setTimeout(() => res.end("<p>second part</p>"), DEADLINE_MS * 2);
    return;
  }
  res.end("<p>quick</p>");
}

beforeAll(async () => {
  server = createServer((req, res) => {
    answerWithinDeadline(req, res, { ms: DEADLINE_MS, onExpired: () => expired.push(req.url ?? "") });
    app(req.url ?? "/", res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("no request waits without end", () => {
  it("a page that never begins is answered 503 at the deadline, in both languages, never cached", async () => {
    const started = Date.now();
    const response = await fetch(`${base}/en/operators/never`);
    const elapsed = Date.now() - started;
    expect(response.status).toBe(503);
    expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_MS - 20);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    // the security headers set before the deadline stay; the page's own caching does not
    expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
    const text = await response.text();
    expect(text).toContain("请稍后再试");
    expect(text).toContain("Please try again in a moment");
    expect(expired).toContain("/en/operators/never");
  });

  it("an API request gets the same as JSON", async () => {
    const response = await fetch(`${base}/api/v1/never`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: "service_unavailable", message: expect.stringContaining("retry") } });
  });

  it("the app finishing after the deadline changes nothing and breaks nothing", async () => {
    await Promise.all(late);
    expect((await fetch(`${base}/quick`)).status).toBe(200);
  });

  it("a response already under way is left to finish, and a quick one is untouched", async () => {
    const slow = await fetch(`${base}/slow-stream`);
    expect(slow.status).toBe(200);
    expect(await slow.text()).toBe("<p>first part</p><p>second part</p>");
    const quick = await fetch(`${base}/quick`);
    expect(quick.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(expired).not.toContain("/slow-stream");
    expect(expired).not.toContain("/quick");
  });
});
