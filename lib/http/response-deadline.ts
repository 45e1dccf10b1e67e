/**
 * The last line of "no request may stall": a response that has not begun within the deadline
 * is answered 503 with a short page, whatever holds it up. Every step the app controls has
 * its own bound (input sizes, render budgets, a database that fails fast when it is away),
 * but Next can still wait without end: a page never rendered before (an operator or guide
 * page first asked for while the database is away) hangs inside Next's on-demand render.
 * A response already streaming is left alone (an export may take its time).
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export const RESPONSE_DEADLINE_MS = 10_000;

const PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>SIM Exit</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6">
<h1>暂时无法显示此页面</h1><p>网站暂时无法完成这个请求，请稍后再试。</p>
<h2 lang="en">This page cannot be shown right now</h2><p lang="en">The site could not finish this request. Please try again in a moment.</p>
<p><a href="/">保号卡销户指南 · SIM Exit</a></p>
</body></html>
`;

const JSON_BODY = JSON.stringify({ error: { code: "service_unavailable", message: "The request took too long. Please retry shortly." } });

/**
 * Starts the deadline for one request. `onExpired` hears of each expiry (the server logs it).
 * Whatever the app writes after the 503 is dropped without an error.
 */
export function answerWithinDeadline(req: IncomingMessage, res: ServerResponse, { ms = RESPONSE_DEADLINE_MS, onExpired = () => {} }: { ms?: number; onExpired?: () => void } = {}) {
  // a write after the 503 (the app finishing late) must not become an uncaught error
  res.on("error", () => {});
  const timer = setTimeout(() => {
    if (res.headersSent || res.writableEnded || res.destroyed) return;
    onExpired();
    const api = (req.url ?? "").startsWith("/api/");
    for (const name of res.getHeaderNames()) if (!/^(content-security-policy|strict-transport-security|x-|referrer-policy|permissions-policy|cross-origin)/i.test(name)) res.removeHeader(name);
    res.writeHead(503, {
      "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": "5",
      Connection: "close",
    });
    res.end(api ? JSON_BODY : PAGE);
  }, ms);
  timer.unref();
  res.on("close", () => clearTimeout(timer));
}
