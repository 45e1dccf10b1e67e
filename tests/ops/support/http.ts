/**
 * Clients of the running server over real HTTP: report posts with idempotency keys, page
 * readers that record latencies, the no-JavaScript report form, and sign-in over Auth.js.
 */
import { randomBytes } from "node:crypto";

export const OPERATORS = ["mts", "megafon", "beeline", "t2", "yota"] as const;
const CHANNELS = ["app", "website", "online_chat", "email", "gosuslugi", "phone", "store", "representative", "other"] as const;
const OUTCOMES = ["success", "failure", "pending"] as const;

/** Letters only: a number in a story must not look like a phone number or a QQ id to the spam check. */
export function letters(n: number) {
  let text = "";
  do {
    text = String.fromCharCode(97 + (n % 26)) + text;
    n = Math.floor(n / 26);
  } while (n > 0);
  return text;
}

export type ReportBody = Record<string, unknown> & { operator: string; idempotencyKey: string };

/** A valid report that publishes at once (no contact details), unique per index and run. */
export function reportBody(i: number, run = letters(Date.now() % 1_000_000)): ReportBody {
  return {
    operator: OPERATORS[i % OPERATORS.length],
    channel: CHANNELS[(i * 7) % CHANNELS.length],
    outcome: OUTCOMES[(i * 13) % OUTCOMES.length],
    attemptedMonth: `2025-${String(1 + (i % 12)).padStart(2, "0")}`,
    daysToComplete: i % 4 === 0 ? null : (i * 17) % 60,
    location: i % 2 ? "abroad" : "in_russia",
    documents: i % 3 ? ["passport"] : ["passport", "sim_card"],
    story: `Ops test ${run} story ${letters(i)}: asked the operator to end the contract and wrote down what happened.`,
    language: "en",
    idempotencyKey: `ops-${run}-${i}-${randomBytes(4).toString("hex")}`,
  };
}

export type PostResult =
  | { kind: "answered"; status: number; id?: string; body: string; retryAfter: string | null; ms: number }
  | { kind: "no_answer"; error: string; ms: number };

/** POST /api/v1/reports from `address` (the server trusts one proxy hop). */
export async function postReport(base: string, body: unknown, address: string, { timeoutMs = 30_000 } = {}): Promise<PostResult> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/v1/reports`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let id: string | undefined;
    try {
      id = (JSON.parse(text) as { id?: string }).id;
    } catch {
      // not JSON (a 5xx page): no id
    }
    return { kind: "answered", status: response.status, id, body: text, retryAfter: response.headers.get("retry-after"), ms: performance.now() - started };
  } catch (error) {
    return { kind: "no_answer", error: error instanceof Error ? `${error.name}: ${(error.cause as Error | undefined)?.message ?? error.message}` : String(error), ms: performance.now() - started };
  }
}

/** Runs `work(i)` for i in [0, count) with at most `concurrency` in flight. */
export async function pool(count: number, concurrency: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

export class Latencies {
  readonly samples: number[] = [];
  readonly statuses = new Map<number, number>();
  failures = 0;
  add(ms: number, status: number) {
    this.samples.push(ms);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }
  percentile(p: number) {
    if (this.samples.length === 0) return NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  }
  count5xx() {
    let n = 0;
    for (const [status, count] of this.statuses) if (status >= 500) n += count;
    return n;
  }
  summary() {
    const f = (n: number) => (Number.isNaN(n) ? "-" : `${n.toFixed(0)} ms`);
    const statuses = [...this.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
    return `n=${this.samples.length} p50 ${f(this.percentile(50))} p95 ${f(this.percentile(95))} p99 ${f(this.percentile(99))} max ${f(this.percentile(100))} [${statuses}${this.failures ? ` no-answer×${this.failures}` : ""}]`;
  }
}

/** Reads `paths` in a loop until `stop()` says so, `concurrency` readers at a time. */
export async function readLoop(base: string, paths: string[], { concurrency = 2, stop, latencies }: { concurrency?: number; stop: () => boolean; latencies: Map<string, Latencies> }) {
  let k = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!stop()) {
        const path = paths[k++ % paths.length];
        const l = latencies.get(path) ?? latencies.set(path, new Latencies()).get(path)!;
        const started = performance.now();
        try {
          const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) });
          await response.arrayBuffer();
          l.add(performance.now() - started, response.status);
        } catch {
          l.failures++;
        }
      }
    }),
  );
}

/** Cookies kept across requests, as a browser would (enough for Auth.js). */
export class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Signs in over Auth.js's own endpoints (csrf, then the credentials callback). */
export async function signIn(base: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  jar.take(response);
  await response.arrayBuffer();
  const session = await fetch(`${base}/api/auth/session`, { headers: { cookie: jar.header() } });
  const user = ((await session.json()) as { user?: { email?: string } } | null)?.user;
  if (user?.email !== email) throw new Error(`sign-in as ${email} failed (status ${response.status})`);
  return jar;
}

/**
 * The report form as a browser without JavaScript submits it: GET the page (a signed ticket
 * with its idempotency key), wait as a person would, then POST every field of the <form> as
 * multipart, Next's progressive-enhancement fields included. Answers 303: a new report to the
 * author's private follow-up page (which names it), a resend to the report itself.
 */
export class ReportForm {
  private fields: Array<[string, string]> = [];
  constructor(
    private readonly base: string,
    private readonly address: string,
  ) {}

  async open(path = "/en/reports/new") {
    const response = await fetch(`${this.base}${path}`, { headers: { "x-forwarded-for": this.address } });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    const form = /<form[^>]*encType="multipart\/form-data"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
    if (!form) throw new Error("no report form on the page");
    this.fields = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map(([, name, value]) => [name, decodeHtml(value ?? "")]);
    return this;
  }

  get idempotencyKey() {
    return this.fields.find(([name]) => name === "idempotencyKey")?.[1] ?? "";
  }

  async submit(values: Record<string, string | string[]>) {
    const data = new FormData();
    for (const [name, value] of this.fields) data.append(name, value);
    for (const [name, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
    const headers = { "x-forwarded-for": this.address };
    const started = performance.now();
    const response = await fetch(`${this.base}/en/reports/new`, { method: "POST", body: data, redirect: "manual", headers });
    const html = await response.text();
    const ms = performance.now() - started;
    const location = response.headers.get("location");
    // a resend of a stored form goes to its report; a new report to the author's follow-up
    // page, which thanks them and names the report
    let id = /\/reports\/([0-9a-f-]{36})/.exec(location ?? "")?.[1] ?? null;
    let published = false;
    if (location && !id) {
      const page = await (await fetch(new URL(location, this.base), { headers })).text();
      const posted = /data-testid="report-posted" data-report-id="([0-9a-f-]{36})" data-status="(\w+)"/.exec(page);
      id = posted?.[1] ?? null;
      published = posted?.[2] === "published";
    }
    return { status: response.status, location, id, published, html, ms };
  }
}

function decodeHtml(text: string) {
  return text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** A made-up client address per index (the server trusts one proxy hop in the ops tests). */
export const addressOf = (i: number) => `10.77.${Math.floor(i / 250) % 250}.${1 + (i % 250)}`;
