import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { GET as exportCsv } from "@/app/api/v1/reports/export.csv/route";
import { GET as getReport } from "@/app/api/v1/reports/[id]/route";
import { GET as listReports, POST as postReport } from "@/app/api/v1/reports/route";
import { jsonRequest, reportPayload } from "../helpers/reports";
import { setupTestDatabase } from "../helpers/test-db";

// Route handlers are called here without a Next request scope, where Auth.js cannot read a
// session: these requests are anonymous. Signed-in requests are tested over real HTTP (e2e).
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => null }));

// these tests post far more than one address may per hour; limits have their own suite
process.env.REPORT_LIMIT_PER_HOUR = "100000";
const testDb = setupTestDatabase();
const URL_BASE = "http://localhost/api/v1/reports";
const rowCount = async () => Number((await testDb.query<{ n: string }>(`SELECT count(*) AS n FROM reports`))[0].n);

describe("POST /api/v1/reports", () => {
  it("answers 201 {id, status}, and 200 with the same body for the same key", async () => {
    const payload = reportPayload();
    const first = await postReport(jsonRequest(URL_BASE, payload));
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body).toEqual({ id: expect.any(String), status: "published" });
    const again = await postReport(jsonRequest(URL_BASE, { ...payload, story: "changed" }));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(body);
    const read = await getReport(new Request(`${URL_BASE}/${body.id}`), { params: Promise.resolve({ id: body.id }) });
    expect(read.status).toBe(200);
    expect((await read.json()).story).toBe(payload.story);
  });

  it("gives 20 parallel requests with one key one row and the same id", async () => {
    const before = await rowCount();
    const payload = reportPayload();
    const responses = await Promise.all(Array.from({ length: 20 }, () => postReport(jsonRequest(URL_BASE, payload))));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(19);
    expect(await rowCount()).toBe(before + 1);
  });

  it("ignores fields a client may not set", async () => {
    const response = await postReport(
      jsonRequest(URL_BASE, { ...reportPayload(), id: "00000000-0000-4000-8000-000000000000", status: "rejected", userId: "x", createdAt: "1999-01-01" }),
    );
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.id).not.toBe("00000000-0000-4000-8000-000000000000");
    expect(body.status).toBe("published");
  });

  it("answers 400 naming each bad field", async () => {
    const response = await postReport(jsonRequest(URL_BASE, reportPayload({ channel: "fax", attemptedMonth: "2025-13", daysToComplete: 999 })));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("validation_failed");
    expect(Object.keys(body.error.fields).sort()).toEqual(["attemptedMonth", "channel", "daysToComplete"]);
    expect(body.error.fields.attemptedMonth).toMatch(/month/i);
  });

  it("answers 415 to a body that is not JSON, 413 to one over 32 KB, 400 to broken JSON", async () => {
    const form = await postReport(new Request(URL_BASE, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=b" }));
    expect(form.status).toBe(415);
    const big = await postReport(jsonRequest(URL_BASE, { ...reportPayload(), story: "x".repeat(40_000) }));
    expect(big.status).toBe(413);
    const broken = await postReport(jsonRequest(URL_BASE, "{not json"));
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe("invalid_json");
    const array = await postReport(jsonRequest(URL_BASE, "[1,2]"));
    expect(array.status).toBe(400);
  });

  it("answers only 4xx to thousands of malformed payloads, and writes no row", async () => {
    const before = await rowCount();
    const valid = reportPayload();
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
    // a valid report with one or more fields broken, or something that is not a report at all
    const malformed = fc.oneof(
      fc.record({ field, value: junk }).chain(({ field, value }) =>
        fc.constant({ ...valid, [field]: value, idempotencyKey: undefined }),
      ),
      fc.dictionary(fc.string(), junk, { maxKeys: 6 }),
      fc.anything(),
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(malformed, fc.boolean(), async (payload, asText) => {
        runs++;
        const body = asText ? String(JSON.stringify(payload)).slice(0, -1) : JSON.stringify(payload ?? null);
        const response = await postReport(jsonRequest(URL_BASE, body ?? "null"));
        if (response.status === 201) {
          // a mutation can land on a still-valid value (e.g. a known operator): that is fine, clean it up
          const { id } = await response.json();
          await testDb.query(`DELETE FROM reports WHERE id = $1`, [id]);
          return;
        }
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 2000 },
    );
    expect(runs).toBe(2000);
    expect(await rowCount()).toBe(before);
  });
});

describe("GET /api/v1/reports", () => {
  it("pages with a cursor and rejects bad parameters with 400", async () => {
    for (let i = 0; i < 3; i++) await postReport(jsonRequest(URL_BASE, reportPayload({ operator: "megafon", channel: "email" })));
    const page1 = await listReports(new Request(`${URL_BASE}?operator=megafon&channel=email&limit=2`));
    const body1 = await page1.json();
    expect(body1.items).toHaveLength(2);
    expect(body1.nextCursor).toEqual(expect.any(String));
    const page2 = await listReports(new Request(`${URL_BASE}?operator=megafon&channel=email&limit=2&cursor=${body1.nextCursor}`));
    const body2 = await page2.json();
    expect(body2.items).toHaveLength(1);
    expect(body2.nextCursor).toBeNull();
    for (const query of ["channel=fax", "limit=0", "limit=abc", "cursor=!!", "outcome=maybe", "location=mars"]) {
      const bad = await listReports(new Request(`${URL_BASE}?${query}`));
      expect(bad.status, query).toBe(400);
    }
  });

  it("exports CSV with a BOM, a header row and RFC 4180 quoting", async () => {
    await postReport(jsonRequest(URL_BASE, reportPayload({ story: '他说："要带护照"，\n然后, 我去了营业厅' })));
    const response = await exportCsv();
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\r\n")[0]).toBe(
      // TextDecoder consumes the BOM checked above
      "id,operator,channel,outcome,attemptedMonth,daysToComplete,location,registeredTo,documents,balanceRefunded,story,language,demo,createdAt",
    );
    expect(text).toContain('"他说：""要带护照""，\n然后, 我去了营业厅"');
    expect(text).not.toMatch(/idempotency|source_hash|sourceHash/);
  });
});
