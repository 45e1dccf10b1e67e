import { describe, expect, it } from "vitest";
import { decodeCursor, getPublishedReport, listPublishedReports } from "@/db/queries/reports";
import { verifyRollups } from "@/db/queries/rollup-verify";
import { reportsJsonStream } from "@/lib/reports/export";
import { submitReport } from "@/lib/reports/submit";
import { reportPayload } from "../helpers/reports";
import { setupTestDatabase } from "../helpers/test-db";

const testDb = setupTestDatabase();

const rowCount = async () => Number((await testDb.query<{ n: string }>(`SELECT count(*) AS n FROM reports`))[0].n);

describe("submitting experience reports", () => {
  it("stores a valid report as published and reads it back without private fields", async () => {
    const result = await submitReport({ payload: reportPayload({ displayName: "Lin" }), sourceHash: "abc" });
    expect(result).toMatchObject({ ok: true, status: "published", created: true });
    if (!result.ok) return;
    const report = await getPublishedReport({ id: result.id });
    expect(report).toMatchObject({ operator: "mts", channel: "app", displayName: "Lin", demo: false });
    expect(report).not.toHaveProperty("idempotencyKey");
    expect(report).not.toHaveProperty("userId");
    expect(report).not.toHaveProperty("sourceHash");
  });

  it("names bad fields and writes nothing", async () => {
    const before = await rowCount();
    const result = await submitReport({ payload: reportPayload({ operator: "nope", channel: "fax" }) });
    expect(result).toEqual({ ok: false, code: "invalid", fields: { channel: "invalid_choice" } });
    const unknownOperator = await submitReport({ payload: reportPayload({ operator: "nope" }) });
    expect(unknownOperator).toEqual({ ok: false, code: "invalid", fields: { operator: "unknown_operator" } });
    expect(await rowCount()).toBe(before);
  });

  it("stores one report for 20 concurrent submissions with one idempotency key", async () => {
    const before = await rowCount();
    const payload = reportPayload();
    const results = await Promise.all(Array.from({ length: 20 }, () => submitReport({ payload })));
    const ids = new Set(results.map((r) => (r.ok ? r.id : "failed")));
    expect(ids.size).toBe(1);
    expect(ids.has("failed")).toBe(false);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    expect(await rowCount()).toBe(before + 1);
    expect(await verifyRollups()).toEqual([]);
  });
});

describe("listing reports", () => {
  it("filters by operator, channel, outcome and location, newest first", async () => {
    const keys = [];
    for (const [operator, channel, outcome, location] of [
      ["beeline", "store", "failure", "in_russia"],
      ["beeline", "store", "success", "abroad"],
      ["beeline", "email", "success", "abroad"],
    ] as const) {
      const r = await submitReport({ payload: reportPayload({ operator, channel, outcome, location }) });
      if (r.ok) keys.push(r.id);
    }
    const all = await listPublishedReports({ filters: { operator: "beeline" } });
    expect(all.items.map((r) => r.id)).toEqual([...keys].reverse());
    const stores = await listPublishedReports({ filters: { operator: "beeline", channel: "store" } });
    expect(stores.items).toHaveLength(2);
    const successAbroad = await listPublishedReports({ filters: { operator: "beeline", outcome: "success", location: "abroad" } });
    expect(successAbroad.items.map((r) => r.channel).sort()).toEqual(["email", "store"]);
    expect((await listPublishedReports({ filters: { operator: "beeline", channel: "gosuslugi" } })).items).toEqual([]);
  });

  it("paginates with a cursor that stays stable while new reports arrive", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await submitReport({ payload: reportPayload({ operator: "yota", story: `report ${i}` }) });
      if (r.ok) ids.push(r.id);
    }
    const newestFirst = [...ids].reverse();
    const first = await listPublishedReports({ filters: { operator: "yota" }, limit: 3 });
    expect(first.items.map((r) => r.id)).toEqual(newestFirst.slice(0, 3));
    expect(first.nextCursor).not.toBeNull();

    // new reports land on page one; page two continues exactly where page one ended
    await submitReport({ payload: reportPayload({ operator: "yota", story: "late arrival" }) });
    const second = await listPublishedReports({ filters: { operator: "yota" }, cursor: decodeCursor(first.nextCursor!), limit: 3 });
    expect(second.items.map((r) => r.id)).toEqual(newestFirst.slice(3, 6));
    const third = await listPublishedReports({ filters: { operator: "yota" }, cursor: decodeCursor(second.nextCursor!), limit: 3 });
    expect(third.items.map((r) => r.id)).toEqual(newestFirst.slice(6));
    expect(third.nextCursor).toBeNull();
  });

  it("never lists or exports reports that are not published", async () => {
    const r = await submitReport({ payload: reportPayload({ operator: "t2", story: "held one" }) });
    if (!r.ok) throw new Error("submit failed");
    await testDb.query(`UPDATE reports SET status = 'pending' WHERE id = $1`, [r.id]);
    expect(await getPublishedReport({ id: r.id })).toBeNull();
    expect((await listPublishedReports({ filters: { operator: "t2" } })).items.map((x) => x.id)).not.toContain(r.id);
    const text = await new Response(reportsJsonStream()).text();
    const exported = JSON.parse(text);
    expect(exported.licence).toBe("CC BY-SA 4.0");
    expect(exported.reports.map((x: { id: string }) => x.id)).not.toContain(r.id);
    for (const report of exported.reports) {
      expect(Object.keys(report)).not.toEqual(expect.arrayContaining(["idempotencyKey"]));
      expect(report).not.toHaveProperty("userId");
      expect(report).not.toHaveProperty("sourceHash");
      expect(report).not.toHaveProperty("displayName");
    }
    expect(await verifyRollups()).toEqual([]);
  });
});

describe("what a new report clears from the page cache", () => {
  const tagsSince = async (seq: number) =>
    (await testDb.query<{ tag: string }>(`SELECT tag FROM cache_invalidations WHERE seq > $1`, [seq])).map((r) => r.tag);
  const lastSeq = async () => Number((await testDb.query<{ s: string | null }>(`SELECT max(seq) AS s FROM cache_invalidations`))[0].s ?? 0);

  it("a reader's report clears the lists and its operator, never the demo notice every page carries", async () => {
    const before = await lastSeq();
    const result = await submitReport({ payload: reportPayload({ operator: "beeline" }), sourceHash: "cache-1" });
    expect(result.ok).toBe(true);
    const tags = await tagsSince(before);
    expect(tags).toEqual(expect.arrayContaining(["reports", "operator:beeline"]));
    expect(tags).not.toContain("demo-reports");
  });

  it("adding or removing demo reports does clear the demo notice", async () => {
    const before = await lastSeq();
    await testDb.query(`UPDATE reports SET is_demo = true WHERE id = (SELECT id FROM reports ORDER BY created_at DESC LIMIT 1)`);
    expect(await tagsSince(before)).toContain("demo-reports");
    const afterMark = await lastSeq();
    await testDb.query(`DELETE FROM reports WHERE is_demo`);
    expect(await tagsSince(afterMark)).toContain("demo-reports");
  });
});
