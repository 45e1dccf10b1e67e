import { describe, expect, it } from "vitest";
import { listModerationLog, listModerationQueue } from "@/db/queries/moderation";
import { getPublishedReport } from "@/db/queries/reports";
import { verifyRollups } from "@/db/queries/rollup-verify";
import { loadOperatorStats } from "@/lib/stats/figures";
import { insertUser, type AppUser } from "@/db/queries/users";
import { flagReportAsReader } from "@/lib/moderation/flags";
import { decideReport, moderationOverview } from "@/lib/moderation/service";
import { reportLimitPerHour, submitReport } from "@/lib/reports/submit";
import { reportPayload } from "../helpers/reports";
import { setupTestDatabase } from "../helpers/test-db";

const testDb = setupTestDatabase();
const ADVERT = "[TG💪+ @jx0703 ![Image](https://github.com/user-attachments/assets/dbca1d08-cadb-493c-b0ec-ad6f7a83f270)]";
let seq = 0;
const user = async (role: AppUser["role"]) =>
  (await insertUser({ email: `${role}${seq++}@example.com`, name: `${role} ${seq}`, passwordHash: "x", role }))!;
const rowCount = async () => Number((await testDb.query<{ n: string }>(`SELECT count(*) AS n FROM reports`))[0].n);

describe("held reports", () => {
  it("holds the source article's advert for review, out of the figures", async () => {
    const before = (await loadOperatorStats("beeline").then((f) => f?.stats))!;
    const result = await submitReport({ payload: reportPayload({ operator: "beeline", story: `Easy! ${ADVERT}` }), sourceHash: "src-advert" });
    expect(result).toMatchObject({ ok: true, status: "pending", silent: false });
    if (!result.ok) return;
    expect(await getPublishedReport({ id: result.id })).toBeNull();
    const after = (await loadOperatorStats("beeline").then((f) => f?.stats))!;
    expect(after.online).toEqual(before.online);
    expect(after.reports.pending).toBe(before.reports.pending + 1);
    const queued = (await listModerationQueue()).find((q) => q.id === result.id);
    expect(queued?.moderationReason).toMatch(/telegram/);
  });

  it("holds form bots silently: a filled honeypot or a form sent within 3 seconds", async () => {
    const honeypot = await submitReport({ payload: reportPayload(), sourceHash: "bot-1", bot: { honeypot: "http://spam", fillTimeMs: 10_000 } });
    const quick = await submitReport({ payload: reportPayload(), sourceHash: "bot-2", bot: { honeypot: "", fillTimeMs: 800 } });
    const forged = await submitReport({ payload: reportPayload(), sourceHash: "bot-3", bot: { honeypot: "", fillTimeMs: null } });
    const human = await submitReport({ payload: reportPayload(), sourceHash: "human", bot: { honeypot: "", fillTimeMs: 45_000 } });
    for (const r of [honeypot, quick, forged]) expect(r).toMatchObject({ ok: true, status: "pending", silent: true });
    expect(human).toMatchObject({ ok: true, status: "published", silent: false });
  });

  it("lets ordinary stories with prices, dates and day counts through", async () => {
    const result = await submitReport({
      payload: reportPayload({ story: "2025年3月在 MTS 营业厅办理，退了 350 卢布余额，等了 14 天。Took 14 days, 01.07.2025." }),
      sourceHash: "honest",
    });
    expect(result).toMatchObject({ ok: true, status: "published" });
  });
});

describe("rate limits and duplicates", () => {
  it("stores at most the hourly limit for one address under a concurrent flood, then answers rate_limited", async () => {
    const limit = reportLimitPerHour({ member: false });
    const before = await rowCount();
    const results = await Promise.all(
      Array.from({ length: limit + 8 }, (_, i) => submitReport({ payload: reportPayload({ story: `flood ${i}` }), sourceHash: "flooder" })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(limit);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(8);
    expect(refused[0]).toMatchObject({ ok: false, code: "rate_limited", retryAfterSeconds: expect.any(Number) });
    expect(await rowCount()).toBe(before + limit);
  });

  it("answers a repeat of a stored key with the original, not a 429, even past the limit", async () => {
    const limit = reportLimitPerHour({ member: false });
    const first = reportPayload({ story: "sent once, then again after a flaky connection" });
    const original = await submitReport({ payload: first, sourceHash: "retrier" });
    expect(original).toMatchObject({ ok: true, created: true });
    for (let i = 1; i < limit; i++) expect(await submitReport({ payload: reportPayload(), sourceHash: "retrier" })).toMatchObject({ ok: true });
    expect(await submitReport({ payload: reportPayload(), sourceHash: "retrier" })).toMatchObject({ ok: false, code: "rate_limited" });
    const before = await rowCount();
    const repeat = await submitReport({ payload: first, sourceHash: "retrier" });
    expect(repeat).toMatchObject({ ok: true, created: false, followUpToken: null });
    if (!original.ok || !repeat.ok) return;
    expect(repeat.id).toBe(original.id);
    expect(repeat.status).toBe(original.status);
    expect(await rowCount()).toBe(before);
  });

  it("gives members three times the anonymous limit", () => {
    expect(reportLimitPerHour({ member: true })).toBe(3 * reportLimitPerHour({ member: false }));
  });

  it("refuses the same story from the same source within 10 minutes", async () => {
    const story = "Same words, twice, from one place.";
    expect(await submitReport({ payload: reportPayload({ story }), sourceHash: "twin" })).toMatchObject({ ok: true });
    expect(await submitReport({ payload: reportPayload({ story }), sourceHash: "twin" })).toEqual({ ok: false, code: "duplicate" });
    expect(await submitReport({ payload: reportPayload({ story }), sourceHash: "someone-else" })).toMatchObject({ ok: true });
  });
});

describe("flags and moderation", () => {
  it("one flag per reader; three readers hide a report and move the figures; approval brings it back", async () => {
    const submitted = await submitReport({ payload: reportPayload({ operator: "yota", channel: "website", outcome: "success" }), sourceHash: "flag-src" });
    if (!submitted.ok) throw new Error("submit failed");
    const statsBefore = (await loadOperatorStats("yota").then((f) => f?.stats))!;

    for (let i = 0; i < 5; i++) {
      await flagReportAsReader({ reportId: submitted.id, userId: null, address: "198.51.100.1", reason: "looks fake" });
    }
    expect(await getPublishedReport({ id: submitted.id })).not.toBeNull();
    await flagReportAsReader({ reportId: submitted.id, userId: null, address: "198.51.100.2", reason: "advert" });
    const third = await flagReportAsReader({ reportId: submitted.id, userId: null, address: "198.51.100.3", reason: "spam" });
    expect(third).toEqual({ kind: "flagged", counted: true, hidden: true });
    expect(await getPublishedReport({ id: submitted.id })).toBeNull();
    const hidden = (await loadOperatorStats("yota").then((f) => f?.stats))!;
    expect(hidden.online.attempts).toBe(statsBefore.online.attempts - 1);
    const queued = (await listModerationQueue()).find((q) => q.id === submitted.id);
    expect(queued?.moderationReason).toBe("flagged");
    expect(queued?.flags.map((f) => f.reason).sort()).toEqual(["advert", "looks fake", "spam"]);

    const moderator = await user("moderator");
    expect(await decideReport({ user: moderator, id: submitted.id, payload: { action: "approve", reason: "checked, real" } })).toEqual({
      kind: "done",
      id: submitted.id,
      status: "published",
      reportId: submitted.id,
      operator: "yota",
    });
    expect((await loadOperatorStats("yota").then((f) => f?.stats))!.online).toEqual(statsBefore.online);
    const log = await listModerationLog();
    expect(log[0]).toMatchObject({ actor: moderator.name, action: "approve_report", targetId: submitted.id, reason: "checked, real" });
    expect(await verifyRollups()).toEqual([]);
  });

  it("rejecting a held report keeps it out of pages and figures", async () => {
    const held = await submitReport({ payload: reportPayload({ operator: "t2", story: "call +7 999 123-45-67" }), sourceHash: "rej" });
    if (!held.ok) throw new Error("submit failed");
    const moderator = await user("admin");
    expect(await decideReport({ user: moderator, id: held.id, payload: { action: "reject", reason: "advert" } })).toMatchObject({ status: "rejected" });
    expect(await getPublishedReport({ id: held.id })).toBeNull();
    expect((await listModerationQueue()).some((q) => q.id === held.id)).toBe(false);
    expect(await verifyRollups()).toEqual([]);
  });

  it("only moderators moderate: signed out is 401, a member is 403, and nothing changes", async () => {
    const held = await submitReport({ payload: reportPayload({ story: "wx: simhelper88" }), sourceHash: "authz" });
    if (!held.ok) throw new Error("submit failed");
    const member = await user("member");
    expect(await decideReport({ user: null, id: held.id, payload: { action: "approve" } })).toEqual({ kind: "denied", status: 401 });
    expect(await decideReport({ user: member, id: held.id, payload: { action: "approve" } })).toEqual({ kind: "denied", status: 403 });
    expect(await moderationOverview({ user: null })).toEqual({ ok: false, status: 401 });
    expect(await moderationOverview({ user: member })).toEqual({ ok: false, status: 403 });
    expect(await getPublishedReport({ id: held.id })).toBeNull();
    const moderator = await user("moderator");
    expect(await decideReport({ user: moderator, id: held.id, payload: { action: "maybe" } })).toMatchObject({ kind: "invalid" });
    expect(await decideReport({ user: moderator, id: "00000000-0000-4000-8000-000000000000", payload: { action: "approve" } })).toEqual({ kind: "not_found" });
    // an id the database cannot read as a uuid is not found either, never a database error
    expect(await decideReport({ user: moderator, id: "-".repeat(36), payload: { action: "approve" } })).toEqual({ kind: "not_found" });
  });
});
