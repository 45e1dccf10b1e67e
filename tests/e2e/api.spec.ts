import { expect, test } from "@playwright/test";
import { postReport, reportPayload } from "./helpers";

test.describe("public HTTP API", () => {
  test("health checks the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
  });

  test("operators and the guide follow the contract", async ({ request }) => {
    const operators = await (await request.get("/api/v1/operators")).json();
    expect(operators.map((o: { slug: string }) => o.slug)).toEqual(["mts", "megafon", "beeline", "t2", "yota"]);
    expect(operators[0]).toMatchObject({ names: { ru: "МТС", en: "MTS" }, country: "RU", online: { attempts: expect.any(Number) } });

    const pages = await (await request.get("/api/v1/guide?locale=en")).json();
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const page = await (await request.get(`/api/v1/guide/${pages[0].slug}?locale=en`)).json();
    expect(page).toMatchObject({ slug: pages[0].slug, locale: "en", title: expect.any(String), revisionId: expect.any(Number), revisionNumber: 1, body: expect.any(String) });
    expect((await request.get("/api/v1/guide/no-such-page?locale=zh")).status()).toBe(404);
    expect((await request.get("/api/v1/guide?locale=fr")).status()).toBe(400);
    expect((await request.get("/api/v1/operators/no-such/stats")).status()).toBe(404);
  });

  test("reports: create, repeat, read, list and reject bad input over real HTTP", async ({ request }) => {
    const payload = reportPayload({ operator: "t2" });
    const created = await request.post("/api/v1/reports", { data: payload });
    expect(created.status()).toBe(201);
    const body = await created.json();
    const repeated = await request.post("/api/v1/reports", { data: payload });
    expect(repeated.status()).toBe(200);
    // the same report; the private follow-up link was given once, in the 201, and not again
    expect(await repeated.json()).toEqual({ id: body.id, status: body.status });

    const one = await request.get(`/api/v1/reports/${body.id}`);
    expect(one.status()).toBe(200);
    expect(await one.json()).toMatchObject({ id: body.id, operator: "t2", story: payload.story });
    const list = await (await request.get("/api/v1/reports?operator=t2&limit=1")).json();
    expect(list.items[0].id).toBe(body.id);

    const invalid = await request.post("/api/v1/reports", { data: { ...payload, idempotencyKey: undefined, outcome: "maybe" } });
    expect(invalid.status()).toBe(400);
    expect((await invalid.json()).error.fields).toHaveProperty("outcome");
    const notJson = await request.post("/api/v1/reports", { headers: { "content-type": "text/plain" }, data: "hello" });
    expect(notJson.status()).toBe(415);
    const huge = await request.post("/api/v1/reports", { data: { ...payload, story: "x".repeat(40_000) } });
    expect(huge.status()).toBe(413);
    expect((await request.get("/api/v1/reports/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
    expect((await request.get("/api/v1/reports/not-a-uuid")).status()).toBe(404);
  });

  test("20 parallel posts with one key store one report", async ({ request }) => {
    const payload = reportPayload({ operator: "t2" });
    const responses = await Promise.all(Array.from({ length: 20 }, () => request.post("/api/v1/reports", { data: payload })));
    const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.status() === 201)).toHaveLength(1);
  });

  test("open data exports carry no personal data", async ({ request }) => {
    await postReport(request, { displayName: "Private Person" });
    const csv = await request.get("/api/v1/reports/export.csv");
    expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).not.toContain("Private Person");
    const json = await (await request.get("/api/v1/reports/export.json")).json();
    expect(json.licence).toBe("CC BY-SA 4.0");
    expect(JSON.stringify(json)).not.toContain("Private Person");
  });
});

test.describe("feeds and crawlers", () => {
  test("Atom feed, sitemap and robots.txt", async ({ request }) => {
    const feed = await request.get("/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    const atom = await feed.text();
    expect(atom).toContain("<feed xmlns=\"http://www.w3.org/2005/Atom\">");
    expect(atom).toContain("<entry>");
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/en/guide/routes-to-end-the-contract</loc>");
    expect(sitemap).toContain("/operators/mts</loc>");
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain("Sitemap: http://localhost");
  });
});
