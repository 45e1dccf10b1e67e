import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listFollowUpQueue, listFollowUpsOfReport, listPublishedFollowUps, listReportsOfUser } from "@/db/queries/follow-ups";
import { verifyRollups } from "@/db/queries/rollup-verify";
import { insertUser, type AppUser } from "@/db/queries/users";
import { buildOperatorFeed } from "@/lib/feeds/operator-feed";
import { decideFollowUp } from "@/lib/follow-ups/moderation";
import { addFollowUp, resolveFollowUpReport } from "@/lib/follow-ups/service";
import { loadOperatorStats } from "@/lib/stats/figures";
import { submitReport } from "@/lib/reports/submit";
import { successRate } from "@/lib/stats/wilson";
import { reportPayload } from "../helpers/reports";
import { setupTestDatabase } from "../helpers/test-db";

const testDb = setupTestDatabase();
const ADVERT = "[TG💪+ @jx0703 ![Image](https://github.com/user-attachments/assets/dbca1d08-cadb-493c-b0ec-ad6f7a83f270)]";
// a month long past, so the window is open today; the clock is passed in where it matters
const OPEN_MONTH = "2026-01";
const DAY_45 = new Date("2026-03-17T12:00:00Z");

let seq = 0;
const member = async (role: AppUser["role"] = "member") =>
  (await insertUser({ email: `fu-${role}${seq++}@example.com`, name: `${role} ${seq}`, passwordHash: "x", role }))!;
const source = () => `fu-source-${seq++}`;

/** A stored report and its token (each from its own address, so no test shares a rate limit). */
async function postReport(overrides: Record<string, unknown> = {}, userId: string | null = null) {
  const result = await submitReport({ payload: reportPayload({ attemptedMonth: OPEN_MONTH, ...overrides }), userId, sourceHash: source() });
  if (!result.ok || !result.followUpToken) throw new Error("the report was not stored");
  return { id: result.id, token: result.followUpToken, status: result.status };
}

const followUpCount = async () => Number((await testDb.query<{ n: string }>(`SELECT count(*) AS n FROM follow_ups`))[0].n);
const closure = async (operator: string) => (await loadOperatorStats(operator))!.stats.followUp;

describe("the private follow-up link", () => {
  it("is a 256-bit token given once; only its sha-256 is stored", async () => {
    const payload = reportPayload({ attemptedMonth: OPEN_MONTH });
    const first = await submitReport({ payload, sourceHash: source() });
    expect(first).toMatchObject({ ok: true, created: true, followUpToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    if (!first.ok || !first.followUpToken) return;
    const [row] = await testDb.query<Record<string, unknown>>(`SELECT * FROM reports WHERE id = $1`, [first.id]);
    expect(row.follow_up_token_hash).toBe(createHash("sha256").update(first.followUpToken).digest("hex"));
    // the token itself is in no column
    expect(JSON.stringify(row)).not.toContain(first.followUpToken);

    // a retry with the same idempotency key: the same report, and no token this time
    const again = await submitReport({ payload, sourceHash: source() });
    expect(again).toMatchObject({ ok: true, id: first.id, created: false, followUpToken: null });

    expect(await resolveFollowUpReport({ token: first.followUpToken })).toMatchObject({ id: first.id, operator: "mts", attemptedMonth: OPEN_MONTH });
    const flipped = first.followUpToken.slice(0, -1) + (first.followUpToken.endsWith("A") ? "B" : "A");
    expect(await resolveFollowUpReport({ token: flipped })).toBeNull();
    expect(await resolveFollowUpReport({ token: "not a token" })).toBeNull();
    expect(await resolveFollowUpReport({ token: row.follow_up_token_hash as string })).toBeNull();
  });
});

describe("adding follow-ups", () => {
  it("opens on day 30 after the attempt month's last day and closes after day 365; refusals write nothing", async () => {
    const { token } = await postReport({ attemptedMonth: "2026-01" });
    const before = await followUpCount();
    const add = (now: Date) => addFollowUp({ access: { token }, payload: { kind: "still_active" }, sourceHash: source(), now });
    // 31 January + 30 days = 2 March
    expect(await add(new Date("2026-03-01T23:59:59Z"))).toEqual({ ok: false, code: "too_early", opensOn: "2026-03-02" });
    // + 365 days = 31 January 2027
    expect(await add(new Date("2027-02-01T00:00:00Z"))).toEqual({ ok: false, code: "window_closed", closesOn: "2027-01-31" });
    expect(await followUpCount()).toBe(before);
    expect(await add(new Date("2027-01-31T23:00:00Z"))).toMatchObject({ ok: true, status: "published" });
    expect(await followUpCount()).toBe(before + 1);
  });

  it("takes one follow-up per kind, also when the same one is sent at once many times", async () => {
    const { id, token } = await postReport({ operator: "yota" });
    const send = (kind: string, extra: Record<string, unknown> = {}) =>
      addFollowUp({ access: { token }, payload: { kind, ...extra }, sourceHash: source(), now: DAY_45 });
    const results = await Promise.all(Array.from({ length: 8 }, () => send("confirmed_closed", { method: "gosuslugi" })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(7).fill("already_added"));
    expect(await send("balance_refunded", { refundAmount: 420 })).toMatchObject({ ok: true });
    expect(await send("balance_refunded", { refundAmount: 1 })).toEqual({ ok: false, code: "already_added" });
    const stored = await listFollowUpsOfReport({ reportId: id });
    expect(stored.map((f) => [f.kind, f.method, f.refundAmount])).toEqual([
      ["confirmed_closed", "gosuslugi", null],
      ["balance_refunded", null, 420],
    ]);
    expect(await verifyRollups()).toEqual([]);
  });

  it("keeps the report's follow-up state exact when different kinds arrive at the same moment", async () => {
    const { id, token } = await postReport({ operator: "beeline", balanceRefunded: "no" });
    const kinds = [
      { kind: "confirmed_closed", method: "call" },
      { kind: "charges_continued" },
      { kind: "balance_refunded" },
      { kind: "still_active", note: "还能收到短信" },
    ];
    const results = await Promise.all(kinds.map((payload) => addFollowUp({ access: { token }, payload, sourceHash: source(), now: DAY_45 })));
    expect(results.every((r) => r.ok)).toBe(true);
    const [state] = await testDb.query<{ followed_up: boolean; closure_verdict: string; refund_confirmed: boolean }>(
      `SELECT followed_up, closure_verdict, refund_confirmed FROM reports WHERE id = $1`,
      [id],
    );
    // a refutation outweighs the confirmation
    expect(state).toEqual({ followed_up: true, closure_verdict: "refuted", refund_confirmed: true });
    expect(await verifyRollups()).toEqual([]);
  });

  it("changes nothing for a bad link, a report awaiting review, or missing fields", async () => {
    const before = await followUpCount();
    const bad = await addFollowUp({ access: { token: "A".repeat(43) }, payload: { kind: "still_active" }, sourceHash: source(), now: DAY_45 });
    expect(bad).toEqual({ ok: false, code: "invalid_link" });
    const held = await postReport({ story: `Done! ${ADVERT}` });
    expect(held.status).toBe("pending");
    expect(await addFollowUp({ access: { token: held.token }, payload: { kind: "still_active" }, sourceHash: source(), now: DAY_45 })).toEqual({
      ok: false,
      code: "not_published",
    });
    const { token } = await postReport();
    expect(await addFollowUp({ access: { token }, payload: { kind: "confirmed_closed" }, sourceHash: source(), now: DAY_45 })).toEqual({
      ok: false,
      code: "invalid",
      fields: { method: "method_required" },
    });
    expect(await followUpCount()).toBe(before);
  });

  it("lets a signed-in author follow up through their account, and no one else", async () => {
    const author = await member();
    const stranger = await member();
    const { id } = await postReport({ operator: "t2" }, author.id);
    expect((await listReportsOfUser({ userId: author.id })).map((r) => r.id)).toEqual([id]);
    const asStranger = await addFollowUp({ access: { reportId: id, user: stranger }, payload: { kind: "still_active" }, sourceHash: source(), now: DAY_45 });
    expect(asStranger).toEqual({ ok: false, code: "invalid_link" });
    expect(await addFollowUp({ access: { reportId: id, user: null }, payload: { kind: "still_active" }, sourceHash: source(), now: DAY_45 })).toEqual({
      ok: false,
      code: "invalid_link",
    });
    const asAuthor = await addFollowUp({ access: { reportId: id, user: author }, payload: { kind: "confirmed_closed", method: "operator_letter" }, now: DAY_45 });
    expect(asAuthor).toMatchObject({ ok: true, status: "published" });
  });

  it("limits follow-ups per address per hour", async () => {
    const address = source();
    const results = [];
    for (let i = 0; i < 12; i++) {
      const { token } = await postReport();
      results.push(await addFollowUp({ access: { token }, payload: { kind: "still_active" }, sourceHash: address, now: DAY_45 }));
    }
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.at(-1)).toMatchObject({ ok: false, code: "rate_limited", retryAfterSeconds: expect.any(Number) });
  });
});

describe("follow-ups in the figures", () => {
  it("move the confirmed-closed and refunded figures, and hold contact details for review", async () => {
    const before = await closure("megafon");
    const confirmedReport = await postReport({ operator: "megafon", balanceRefunded: "no" });
    const refutedReport = await postReport({ operator: "megafon" });
    const failed = await postReport({ operator: "megafon", outcome: "failure" });
    const add = (token: string, payload: Record<string, unknown>) => addFollowUp({ access: { token }, payload, sourceHash: source(), now: DAY_45 });

    expect(await add(confirmedReport.token, { kind: "confirmed_closed", method: "gosuslugi" })).toMatchObject({ ok: true, status: "published" });
    expect(await add(refutedReport.token, { kind: "still_active" })).toMatchObject({ ok: true });
    // a failed attempt's follow-up is kept and shown, but the figure is about claimed successes
    expect(await add(failed.token, { kind: "still_active" })).toMatchObject({ ok: true });
    let after = await closure("megafon");
    expect(after.confirmedClosed).toEqual(successRate(before.confirmedClosed.successes + 1, before.confirmedClosed.attempts + 2));
    expect(after.followedUp).toEqual(successRate(before.followedUp.successes + 2, before.followedUp.attempts + 2));
    expect(after.refunded).toEqual(successRate(before.refunded.successes, before.refunded.attempts + 1));

    // the refund arrives, told with a note that carries a contact handle: held, out of the figures
    const held = await add(confirmedReport.token, { kind: "balance_refunded", refundAmount: 300, note: `Refund came. ${ADVERT}` });
    expect(held).toMatchObject({ ok: true, status: "pending", silent: false });
    expect(await closure("megafon")).toEqual(after);
    const queued = (await listFollowUpQueue()).find((f) => held.ok && f.id === held.id);
    expect(queued?.moderationReason).toMatch(/telegram/);
    expect(await listPublishedFollowUps({ reportId: confirmedReport.id })).toHaveLength(1);

    const moderator = await member("moderator");
    expect(await decideFollowUp({ user: await member(), id: queued!.id, payload: { action: "approve" } })).toEqual({ kind: "denied", status: 403 });
    expect(await decideFollowUp({ user: moderator, id: queued!.id, payload: { action: "approve", reason: "a refund, not an advert" } })).toMatchObject({
      kind: "done",
      status: "published",
    });
    after = await closure("megafon");
    expect(after.refunded).toEqual(successRate(before.refunded.successes + 1, before.refunded.attempts + 1));
    expect(await listPublishedFollowUps({ reportId: confirmedReport.id })).toHaveLength(2);
    const [log] = await testDb.query<{ action: string; target_type: string }>(`SELECT action, target_type FROM moderation_log ORDER BY id DESC LIMIT 1`);
    expect(log).toEqual({ action: "approve_follow_up", target_type: "follow_up" });

    // a report going back to review takes its follow-ups out of the figures with it
    await testDb.query(`UPDATE reports SET status = 'pending' WHERE id = $1`, [confirmedReport.id]);
    expect((await closure("megafon")).confirmedClosed).toEqual(successRate(before.confirmedClosed.successes, before.confirmedClosed.attempts + 1));
    // deleting a report deletes its follow-ups, and the figures stay exact
    await testDb.query(`DELETE FROM reports WHERE id = $1`, [refutedReport.id]);
    expect(await verifyRollups()).toEqual([]);
  });

  it("break success rates down by whose name the SIM is in", async () => {
    const before = (await loadOperatorStats("mts"))!.stats.byRegisteredTo;
    await postReport({ registeredTo: "other", outcome: "failure", channel: "store" });
    await postReport({ registeredTo: null, outcome: "success", channel: "store" });
    const after = (await loadOperatorStats("mts"))!.stats.byRegisteredTo;
    const find = (list: typeof before, key: string) => list.find((r) => r.registeredTo === key)!;
    expect(find(after, "other").attempts).toBe(find(before, "other").attempts + 1);
    expect(find(after, "other").successes).toBe(find(before, "other").successes);
    // not answered counts as unknown
    expect(find(after, "unknown").successes).toBe(find(before, "unknown").successes + 1);
  });
});

describe("stats:verify", () => {
  it("finds a follow-up state or rollup row that no longer matches the follow-ups", async () => {
    const { id, token } = await postReport({ operator: "yota" });
    await addFollowUp({ access: { token }, payload: { kind: "confirmed_closed", method: "call" }, sourceHash: source(), now: DAY_45 });
    expect(await verifyRollups()).toEqual([]);
    // written around the triggers, as a bad manual fix would
    await testDb.query(`ALTER TABLE reports DISABLE TRIGGER USER`);
    await testDb.query(`UPDATE reports SET closure_verdict = 'refuted' WHERE id = $1`, [id]);
    await testDb.query(`ALTER TABLE reports ENABLE TRIGGER USER`);
    const differences = await verifyRollups();
    expect(differences.map((d) => d.table)).toEqual(["reports (follow-up state)", "reports (follow-up state)"]);
    expect(differences.map((d) => d.key).sort()).toEqual([`${id}|t|confirmed|f`, `${id}|t|refuted|f`].sort());
  });
});

describe("the operator's Atom feed", () => {
  it("lists new published reports and follow-ups, escaped, and nothing held", async () => {
    const { id, token } = await postReport({ operator: "t2", story: "Closed <b>in a shop</b> & got a receipt" });
    await addFollowUp({ access: { token }, payload: { kind: "confirmed_closed", method: "call", note: "Number is dead <script>" }, sourceHash: source(), now: DAY_45 });
    await addFollowUp({ access: { token }, payload: { kind: "still_active", note: `wait ${ADVERT}` }, sourceHash: source(), now: DAY_45 });
    const feed = (await buildOperatorFeed("t2"))!;
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(feed).toContain(`/reports/${id}</id>`);
    expect(feed).toContain("Follow-up: 确认号码已注销 · Number confirmed closed (A call: the number is no longer reachable)");
    expect(feed).toContain("Number is dead &lt;script&gt;");
    expect(feed).toContain("Closed &lt;b&gt;in a shop&lt;/b&gt; &amp; got a receipt");
    expect(feed).not.toContain("jx0703");
    expect(feed).toContain('/operators/t2/feed.xml" rel="self"');
    expect(await buildOperatorFeed("nope")).toBeNull();
  });
});
