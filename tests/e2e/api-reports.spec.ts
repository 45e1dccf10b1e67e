import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { reportPayload } from "./helpers";
import { httpClient } from "./support/http-client";


test.describe("POST /api/v1/reports", () => {
  test("answers 201 {id, status, followUp}, and 200 with the original id and status for the same key", async () => {
    const client = httpClient();
    const payload = reportPayload();
    const first = await client.postJson("/api/v1/reports", payload);
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body).toMatchObject({ id: expect.any(String), status: "published", followUp: { url: expect.stringMatching(/\/en\/follow-up\/[A-Za-z0-9_-]{43}$/) } });
    const again = await client.postJson("/api/v1/reports", { ...payload, story: "changed" });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id: body.id, status: body.status });
    const read = await client.get(`/api/v1/reports/${body.id}`);
    expect(read.status).toBe(200);
    expect((await read.json()).story).toBe(payload.story);
  });

  test("gives 20 parallel requests with one key one row and the same id", async () => {
    const client = httpClient();
    const payload = reportPayload();
    const responses = await Promise.all(Array.from({ length: 20 }, () => client.postJson("/api/v1/reports", payload)));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(19);
    const exported: { reports: Array<{ story: string }> } = await (await client.get("/api/v1/reports/export.json")).json();
    expect(exported.reports.filter((r) => r.story === payload.story)).toHaveLength(1);
  });

  test("ignores fields a client may not set", async () => {
    const response = await httpClient().postJson("/api/v1/reports", {
      ...reportPayload(),
      id: "00000000-0000-4000-8000-000000000000",
      status: "rejected",
      userId: "x",
      createdAt: "1999-01-01",
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.id).not.toBe("00000000-0000-4000-8000-000000000000");
    expect(body.status).toBe("published");
  });

  test("answers 400 naming each bad field", async () => {
    const response = await httpClient().postJson("/api/v1/reports", reportPayload({ channel: "fax", attemptedMonth: "2025-13", daysToComplete: 999 }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("validation_failed");
    expect(Object.keys(body.error.fields).sort()).toEqual(["attemptedMonth", "channel", "daysToComplete"]);
    expect(body.error.fields.attemptedMonth).toMatch(/month/i);
  });

  test("answers 415 to a body that is not JSON, 413 to one over 32 KB, 400 to broken JSON", async () => {
    const client = httpClient();
    const form = await client.request("/api/v1/reports", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=b" });
    expect(form.status).toBe(415);
    expect((await client.postJson("/api/v1/reports", { ...reportPayload(), story: "x".repeat(40_000) })).status).toBe(413);
    const broken = await client.postJson("/api/v1/reports", "{not json");
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe("invalid_json");
    expect((await client.postJson("/api/v1/reports", "[1,2]")).status).toBe(400);
  });

  test("answers only 4xx to thousands of malformed payloads, and writes nothing they did not acknowledge", async () => {
    test.setTimeout(240_000);
    const client = httpClient();
    const marker = `fuzz ${Date.now()}`;
    const valid = reportPayload({ story: `${marker}: closed it in the app` });
    const field = fc.constantFrom(...Object.keys(valid), "id", "status", "__proto__", "constructor");
    const junk = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 8 }),
      fc.string({ minLength: 5001, maxLength: 5200 }),
    );
    // a valid report with one field broken, or something that is not a report at all
    const malformed = fc.oneof(
      fc.record({ field, value: junk }).chain(({ field, value }) => fc.constant({ ...valid, [field]: value, idempotencyKey: undefined })),
      fc.dictionary(fc.string(), junk, { maxKeys: 6 }),
      fc.anything(),
    );
    let runs = 0;
    const created = new Set<string>();
    await fc.assert(
      fc.asyncProperty(malformed, fc.boolean(), async (payload, asText) => {
        runs++;
        const body = asText ? String(JSON.stringify(payload)).slice(0, -1) : JSON.stringify(payload ?? null);
        const response = await client.postJson("/api/v1/reports", body ?? "null");
        if (response.status !== 201) await response.arrayBuffer();
        // a mutation can land on a still-valid value (e.g. a known operator): acknowledged, not an error
        if (response.status === 201) return void created.add((await response.json()).id);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 2000 },
    );
    expect(runs).toBe(2000);
    // every stored report that came from these payloads was acknowledged with its id
    const exported: { reports: Array<{ id: string; story: string }> } = await (await client.get("/api/v1/reports/export.json")).json();
    const stored = exported.reports.filter((r) => r.story.startsWith(marker)).map((r) => r.id);
    expect(stored.filter((id) => !created.has(id))).toEqual([]);
  });
});

test.describe("GET /api/v1/reports", () => {
  test("pages with a cursor and rejects bad parameters with 400", async () => {
    const client = httpClient();
    const story = `paging ${Date.now()}`;
    for (let i = 0; i < 3; i++) await client.postJson("/api/v1/reports", reportPayload({ operator: "yota", channel: "email", outcome: "pending", story: `${story} ${i}` }));
    const page1 = await (await client.get("/api/v1/reports?operator=yota&channel=email&outcome=pending&limit=2")).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = await (await client.get(`/api/v1/reports?operator=yota&channel=email&outcome=pending&limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items.length).toBeGreaterThanOrEqual(1);
    for (const query of ["channel=fax", "limit=0", "limit=abc", "cursor=!!", "outcome=maybe", "location=mars", "operator=mts%00", "operator=M%C3%84"]) {
      const bad = await client.get(`/api/v1/reports?${query}`);
      expect(bad.status, query).toBe(400);
    }
  });
});
