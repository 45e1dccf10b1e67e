import { expect, test, type APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { accounts, newAccount, registerInBrowser, reportPayload, signedInContext } from "./helpers";

// What no input may ever cause: a 500 (or a hang). Strings that broke the server before.
const NASTY = ["\u0000", "a\u0000b", "\ud800", "x\udc00y", "\u202eevil", "\u2066iso\u2069", "\u0001\u001b", "\ufffe", "。evil", "𝕏", "%00", "../../etc/passwd"];
const HUGE_NUMBERS = [99_999_999_999, 2 ** 31, -1, 1.5, Number.MAX_SAFE_INTEGER];

const nasty = fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom(...NASTY).chain((bad) => fc.string().map((s) => `${s}${bad}${s}`)));
const anyValue = fc.oneof(nasty, fc.constantFrom(...HUGE_NUMBERS), fc.string({ maxLength: 20 }));

async function expectNot5xx(response: { status(): number; url(): string }, label: string) {
  expect(response.status(), `${label}: ${response.url()}`).toBeLessThan(500);
}

test.describe("bad input never answers 500", () => {
  test("path and query parameters with NUL, surrogates and non-ASCII are 400", async ({ request }) => {
    for (const path of [
      "/api/v1/operators/mts%00/stats",
      "/api/v1/operators/%E6%B5%8B%E8%AF%95/stats",
      "/api/v1/reports?operator=mts%00",
      "/api/v1/guide/x%00?locale=en",
      "/api/v1/guide/x%00/revisions",
      "/api/v1/guide?locale=%00",
    ]) {
      expect((await request.get(path)).status(), path).toBe(400);
    }
    for (const path of ["/api/v1/reports/%00", "/guide/x%00", "/operators/%00", "/reports/%E6%B5%8B", "/en/guide/x%00/history/99999999999"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
    // a bare NUL segment is dropped by the locale routing: the guide index, not an error
    expect((await request.get("/guide/%00")).status()).toBeLessThan(500);
  });

  test("TRACE gets 405 with the security headers", async ({ request }) => {
    const response = await request.fetch("/", { method: "TRACE" });
    expect(response.status()).toBe(405);
    expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
  });

  test("every text field of the report and flag endpoints, with every kind of bad text", async ({ request }) => {
    test.setTimeout(180_000);
    const { id } = await (await request.post("/api/v1/reports", { data: reportPayload({ story: `flag target ${Date.now()}` }) })).json();
    const reportFields = ["operator", "channel", "outcome", "attemptedMonth", "daysToComplete", "location", "registeredTo", "documents", "balanceRefunded", "story", "language", "displayName", "idempotencyKey"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...reportFields), anyValue, async (field, value) => {
        const response = await request.post("/api/v1/reports", { data: { ...reportPayload(), [field]: value }, headers: { "x-forwarded-for": "203.0.113.250" } });
        await expectNot5xx(response, `report.${field}=${JSON.stringify(value)}`);
        if (typeof value === "string" && NASTY.slice(0, 8).some((bad) => value.includes(bad)) && ["story", "displayName"].includes(field)) {
          expect(response.status(), field).toBe(400);
        }
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(anyValue, async (reason) => {
        await expectNot5xx(await request.post(`/api/v1/reports/${id}/flag`, { data: { reason }, headers: { "x-forwarded-for": "203.0.113.251" } }), "flag");
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("operator", "channel", "outcome", "location", "cursor", "limit"), anyValue, async (name, value) => {
        await expectNot5xx(await request.get(`/api/v1/reports?${name}=${percentEncode(String(value))}`), `reports?${name}`);
      }),
      { numRuns: 100 },
    );
    expect((await request.post("/api/v1/reports", { data: reportPayload({ story: "a\u0000b" }) })).status()).toBe(400);
    expect((await request.post("/api/v1/reports", { data: reportPayload({ displayName: "\u202eevil" }) })).status()).toBe(400);
    expect((await request.post(`/api/v1/reports/${id}/flag`, { data: { reason: "a\u0000b" } })).status()).toBe(400);
  });

  test("a member's guide edits and a moderator's decisions, with every kind of bad value", async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const member = await signedInContext(playwright, baseURL, accounts.memberA, "198.51.100.31");
    const page = await (await member.get("/api/v1/guide/balance-refund?locale=en")).json();
    expect((await member.put("/api/v1/guide/balance-refund", { data: { locale: "en", baseRevisionId: 99_999_999_999, body: page.body, summary: "x" } })).status()).toBe(400);
    expect((await member.put("/api/v1/guide/balance-refund", { data: { locale: "en", baseRevisionId: page.revisionId, body: `${page.body}\u0000`, summary: "x" } })).status()).toBe(400);
    expect((await member.put("/api/v1/guide/balance-refund", { data: { locale: "en", baseRevisionId: page.revisionId, body: page.body, summary: "\u0000" } })).status()).toBe(400);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("locale", "baseRevisionId", "title", "body", "summary"), anyValue, async (field, value) => {
        const response = await member.put("/api/v1/guide/balance-refund", { data: { locale: "en", baseRevisionId: page.revisionId, body: page.body, summary: "fuzz", [field]: value } });
        await expectNot5xx(response, `guide.${field}`);
      }),
      { numRuns: 40 },
    );
    const moderator = await signedInContext(playwright, baseURL, accounts.moderator, "198.51.100.32");
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("action", "reason"), anyValue, async (field, value) => {
        const response = await moderator.post("/api/v1/moderation/reports/00000000-0000-4000-8000-000000000000", { data: { action: "approve", reason: "", [field]: value } });
        await expectNot5xx(response, `moderation.${field}`);
      }),
      { numRuns: 40 },
    );
    await Promise.all([member.dispose(), moderator.dispose()]);
  });

  test("signing in with a return path outside ASCII lands on the home page", async ({ page }) => {
    await page.goto(`/en/signin?returnTo=${encodeURIComponent("/。evil")}`);
    await page.getByLabel("Email").fill(accounts.memberB.email);
    await page.getByLabel("Password").fill(accounts.memberB.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en$/);
  });
});

test.describe("links and origins come from SITE_URL, not from the request", () => {
  test("forwarded host headers do not rewrite the feed, the sitemap or robots.txt", async ({ request, baseURL }) => {
    const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "evil.example" };
    for (const path of ["/feed.xml", "/sitemap.xml", "/robots.txt"]) {
      const text = await (await request.get(path, { headers: forged })).text();
      expect(text, path).not.toContain("evil.example");
      expect(text, path).toContain(new URL(baseURL!).host);
    }
  });
});

test.describe("caches in front of the app never keep a page after a write", () => {
  test("reading pages ask to be revalidated each time and answer 304 when unchanged; member pages stay private", async ({ request, playwright, baseURL }) => {
    for (const path of ["/", "/guide", "/operators/mts", "/en/stats"]) {
      const response = await request.get(path);
      expect(response.headers()["cache-control"], path).toBe("public, max-age=0, must-revalidate");
      let etag = response.headers()["etag"];
      expect(etag, path).toBeTruthy();
      // other tests post reports in parallel and the page may change in between: a 200 must
      // then carry a new ETag, and once the page holds still the answer is 304
      let status = 0;
      for (let attempt = 0; attempt < 5 && status !== 304; attempt++) {
        const again = await request.get(path, { headers: { "if-none-match": etag } });
        status = again.status();
        if (status === 200) {
          expect(again.headers()["etag"], path).not.toBe(etag);
          etag = again.headers()["etag"];
        }
      }
      expect(status, path).toBe(304);
      // a browser gets the page gzipped (compressed once per version, kept by the server)
      const gzipped = await request.get(path, { headers: { "accept-encoding": "gzip" } });
      expect(gzipped.headers()["content-encoding"], path).toBe("gzip");
      expect(gzipped.headers()["vary"], path).toMatch(/Accept-Encoding/);
      expect(await gzipped.text(), path).toContain("</html>");
    }
    const member = await signedInContext(playwright, baseURL, accounts.memberA);
    const account = await member.get("/en/account");
    expect(account.status()).toBe(200);
    expect(account.headers()["cache-control"]).toMatch(/^private, no-cache, no-store/);
    await member.dispose();
  });
});

test.describe("open data", () => {
  test("the CSV export holds no live formula", async ({ request }) => {
    const formulas = ["=1+2*3", "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0", "@SUM(1,2)", '=IMPORTXML(CONCAT("h","ttp:"),"//a")'];
    for (const story of formulas) expect((await request.post("/api/v1/reports", { data: reportPayload({ story }) })).status()).toBe(201);
    const csv = (await (await request.get("/api/v1/reports/export.csv")).body()).toString("utf8").replace(/^\uFEFF/, "");
    const cells = (parse(csv) as string[][]).flat();
    for (const story of formulas) expect(cells).toContain(`'${story}`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});

test.describe("sessions end when they should", () => {
  test("a password change signs out every other session; a signed-out token stops working", async ({ page, playwright, baseURL }) => {
    const account = newAccount("sessions");
    await registerInBrowser(page, account);
    const other = await signedInContext(playwright, baseURL, account, "198.51.100.41");
    expect((await (await other.get("/api/auth/session")).json())?.user?.email).toBe(account.email);

    // a copy of a session token, kept by someone, before that session signs out
    const leaked = await signedInContext(playwright, baseURL, account, "198.51.100.42");
    const stolenCookies = (await leaked.storageState()).cookies;
    await leaked.post("/api/auth/signout", { form: { csrfToken: (await (await leaked.get("/api/auth/csrf")).json()).csrfToken } });
    const replay = await playwright.request.newContext({ baseURL, storageState: { cookies: stolenCookies, origins: [] } });
    expect(await sessionUser(replay)).toBeNull();

    await page.goto("/en/account");
    await page.getByLabel("Current password").fill(account.password);
    await page.getByLabel("New password").fill(`${account.password}-changed`);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Password changed.")).toBeVisible();
    expect(await sessionUser(other)).toBeNull();
    // the session that changed it goes on
    expect((await (await page.request.get("/api/auth/session")).json())?.user?.email).toBe(account.email);
    await Promise.all([other.dispose(), leaked.dispose(), replay.dispose()]);
  });

  test("the current password is guessed no faster than a sign-in", async ({ page }) => {
    test.setTimeout(120_000);
    const account = newAccount("guess");
    await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.60" });
    await registerInBrowser(page, account);
    const attempt = async (current: string) => {
      await page.getByLabel("Current password").fill(current);
      await page.getByLabel("New password").fill("a fresh long passphrase 42");
      await page.getByRole("button", { name: "Change password" }).click();
      // the answer has been shown once the form is back with its password fields emptied (never echoed)
      await expect(page.getByLabel("Current password")).toHaveValue("");
    };
    for (let i = 0; i < 11; i++) {
      await attempt(`wrong-${i}-password`);
      await expect(page.getByText(/current password is wrong|Too many failed sign-ins/)).toBeVisible();
    }
    await attempt(account.password);
    await expect(page.getByText(/Too many failed sign-ins/)).toBeVisible();
  });
});

/** Like encodeURIComponent, but a lone surrogate becomes the (invalid) UTF-8 bytes a hostile client would send. */
function percentEncode(value: string) {
  return [...value]
    .map((c) => {
      try {
        return encodeURIComponent(c);
      } catch {
        return "%ED%A0%80";
      }
    })
    .join("");
}

async function sessionUser(context: APIRequestContext) {
  const body = await (await context.get("/api/auth/session")).json();
  return body?.user ?? null;
}

