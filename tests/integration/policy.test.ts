import { describe, expect, it } from "vitest";
import { recordInvalidations } from "@/db/queries/cache-invalidations";
import { getPolicyEvent, listPolicyRevisions, type PolicyEventRow } from "@/db/queries/policy";
import { listModerationLog } from "@/db/queries/moderation";
import { insertUser, type AppUser } from "@/db/queries/users";
import { seedDatabase } from "@/db/seed";
import { seedPolicyEvents } from "@/db/seed/policy-events";
import { toApiPolicyEvent } from "@/lib/policy/api";
import { sweepDueChecks } from "@/lib/policy/due-sweep";
import { factFormValues } from "@/lib/policy/form-values";
import { createFact, policyQueue, recheckFact, supersedeFact, voteOnFact } from "@/lib/policy/service";
import { loadFacts, loadPolicyTimeline } from "@/lib/policy/view";
import { setupTestDatabase } from "../helpers/test-db";

// read by env() on first use: a small limit keeps the test short
const VOTE_LIMIT = 6;
process.env.POLICY_VOTE_LIMIT_PER_HOUR = String(VOTE_LIMIT);

const testDb = setupTestDatabase();
let seq = 0;
const user = async (role: AppUser["role"] = "member") =>
  (await insertUser({ email: `policy-${role}-${seq++}@example.com`, name: `${role} ${seq}`, passwordHash: "x", role }))!;
let addressSeq = 0;
const newAddress = () => `198.51.100.${++addressSeq}`;

const dispute = (note = "The operator's page says otherwise now") => ({ choice: "dispute", note, sourceUrl: "" });
const confirm = () => ({ choice: "confirm" });

async function vote(factId: string, payload: object, { userId = null, address = newAddress(), seenRevision }: { userId?: string | null; address?: string; seenRevision?: number } = {}) {
  const revision = seenRevision ?? (await getPolicyEvent({ id: factId }))!.revision;
  return voteOnFact({ factId, seenRevision: revision, userId, address, payload });
}

/** The edit form's fields for a fact as it stands, with changes. */
function formOf(fact: PolicyEventRow, changes: Record<string, string> = {}) {
  return { baseRevision: String(fact.revision), ...factFormValues(fact), reason: "Checked the source again", ...changes };
}

const tagsSince = async (seqFrom: number) =>
  (await testDb.query<{ tag: string }>(`SELECT tag FROM cache_invalidations WHERE seq > $1`, [seqFrom])).map((r) => r.tag);
const lastSeq = async () => Number((await testDb.query<{ s: string | null }>(`SELECT max(seq) AS s FROM cache_invalidations`))[0].s ?? 0);

describe("the seeded timeline", () => {
  it("holds every row of the facts file, each with its import as revision 1 dated by its check", async () => {
    const { events } = await loadPolicyTimeline();
    expect(events.map((e) => e.id)).toEqual(seedPolicyEvents.map((e) => e.id));
    for (const seeded of seedPolicyEvents) {
      const stored = events.find((e) => e.id === seeded.id)!;
      // written out as the API writes a fact, the stored one is the seeded one, field for field
      const { revision, confirmations, disputes, outdated: _outdated, outdatedBecause: _because, ...written } = toApiPolicyEvent(stored);
      expect(written).toEqual(seeded);
      expect({ revision, confirmations, disputes }).toEqual({ revision: 1, confirmations: 0, disputes: 0 });
    }
    const [first] = await listPolicyRevisions({ id: "cooling-period" });
    expect(first).toMatchObject({ number: 1, change: "seed", actor: null, createdAt: "2026-11-26T00:00:00.000Z" });
  });

  it("seeding again adds nothing and keeps a moderator's edits", async () => {
    const moderator = await user("moderator");
    const fact = (await getPolicyEvent({ id: "decree-59-non-use" }))!;
    expect(await recheckFact({ user: moderator, id: fact.id, payload: formOf(fact, { titleEn: "Decree No. 59: 90 days unused ends the contract" }) })).toMatchObject({ kind: "saved" });
    await seedDatabase(testDb.db);
    const after = (await getPolicyEvent({ id: fact.id }))!;
    expect(after.title.en).toBe("Decree No. 59: 90 days unused ends the contract");
    expect(after.revision).toBe(2);
    const [{ n }] = await testDb.query<{ n: string }>(`SELECT count(*) AS n FROM policy_events`);
    expect(Number(n)).toBe(seedPolicyEvents.length);
  });

  it("loads every fact a page cites in one read, unknown ids simply absent", async () => {
    const facts = await loadFacts(["cooling-period", "no-such-fact", "sim-card-limit", "cooling-period"]);
    expect(Object.keys(facts).sort()).toEqual(["cooling-period", "sim-card-limit"]);
    expect(facts["cooling-period"]).toMatchObject({ outdated: false, outdatedBecause: [] });
  });
});

describe("readers' votes", () => {
  it("count one reader once: the account and the address each count once", async () => {
    const id = "subscriber-data-verification";
    const reader = await user();
    const other = await user();
    expect(await vote(id, confirm(), { userId: reader.id, address: "203.0.113.1" })).toMatchObject({ kind: "voted", counted: true, confirmations: 1 });
    // the same account from elsewhere, the same address with another account, the address signed out
    expect(await vote(id, dispute(), { userId: reader.id, address: "203.0.113.2" })).toMatchObject({ kind: "voted", counted: false, confirmations: 1, disputes: 0 });
    expect(await vote(id, dispute(), { userId: other.id, address: "203.0.113.1" })).toMatchObject({ kind: "voted", counted: false });
    expect(await vote(id, confirm(), { address: "203.0.113.1" })).toMatchObject({ kind: "voted", counted: false });
    // a signed-out reader is their address
    expect(await vote(id, confirm(), { address: "203.0.113.3" })).toMatchObject({ counted: true, confirmations: 2 });
    expect(await vote(id, dispute(), { address: "203.0.113.3" })).toMatchObject({ counted: false, confirmations: 2, disputes: 0 });
    const stored = await testDb.query(`SELECT * FROM policy_votes WHERE event_id = $1`, [id]);
    expect(stored).toHaveLength(2);
    // addresses are never stored, only a salted hash
    expect(JSON.stringify(stored)).not.toContain("203.0.113");
  });

  it("counts one vote per reader under a concurrent burst", async () => {
    const id = "new-contracts-in-person";
    const results = await Promise.all(Array.from({ length: 8 }, () => vote(id, confirm(), { address: "203.0.113.50" })));
    expect(results.filter((r) => r.kind === "voted" && r.counted)).toHaveLength(1);
    expect((await getPolicyEvent({ id }))!.confirmations).toBe(1);
  });

  it("are rate-limited per address in the database, before anything is counted", async () => {
    const address = "203.0.113.77";
    const ids = seedPolicyEvents.map((e) => e.id).filter((id) => id !== "russian-passport-reregistration-window");
    const results = await Promise.all(ids.slice(0, VOTE_LIMIT + 4).map((id) => vote(id, confirm(), { address })));
    expect(results.filter((r) => r.kind === "voted")).toHaveLength(VOTE_LIMIT);
    const refused = results.filter((r) => r.kind === "rate_limited");
    expect(refused).toHaveLength(4);
    expect(refused[0]).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    const [{ n }] = await testDb.query<{ n: string }>(`SELECT count(*) AS n FROM rate_limit_events WHERE bucket = 'policy-vote'`);
    expect(Number(n)).toBeGreaterThanOrEqual(VOTE_LIMIT);
    // another reader is not held back
    expect(await vote(ids[VOTE_LIMIT], confirm())).toMatchObject({ kind: "voted", counted: true });
  });

  it("limits a signed-in reader by account too, across addresses", async () => {
    const reader = await user();
    const ids = seedPolicyEvents.map((e) => e.id).filter((id) => id !== "russian-passport-reregistration-window");
    for (const id of ids.slice(0, VOTE_LIMIT)) expect(await vote(id, confirm(), { userId: reader.id })).toMatchObject({ kind: "voted" });
    expect(await vote(ids[VOTE_LIMIT], confirm(), { userId: reader.id })).toMatchObject({ kind: "rate_limited" });
  });

  it("refuse bad input as values, never as errors", async () => {
    const id = "imei-device-binding";
    expect(await vote(id, { choice: "dispute", note: "" })).toMatchObject({ kind: "invalid", fields: { note: "note_required" } });
    expect(await vote(id, dispute("加我微信 simhelp88 帮你办"))).toMatchObject({ kind: "invalid", fields: { note: "note_contact" } });
    expect(await vote(id, { choice: "dispute", note: "Changed", sourceUrl: "https://www.kommersant.ru" })).toMatchObject({ kind: "invalid", fields: { sourceUrl: "not_full_address" } });
    expect(await vote(id, { choice: "maybe" })).toMatchObject({ kind: "invalid", fields: { choice: "invalid_choice" } });
    expect(await vote(id, dispute("x".repeat(301)))).toMatchObject({ kind: "invalid", fields: { note: "note_too_long" } });
    expect(await vote(id, dispute("bad\u0000byte"))).toMatchObject({ kind: "invalid" });
    expect(await voteOnFact({ factId: "no-such-fact", seenRevision: 1, userId: null, address: newAddress(), payload: confirm() })).toEqual({ kind: "not_found" });
    expect(await voteOnFact({ factId: "../etc", seenRevision: 1, userId: null, address: newAddress(), payload: confirm() })).toEqual({ kind: "not_found" });
    expect(await vote(id, confirm(), { seenRevision: 99 })).toEqual({ kind: "stale", revision: 1 });
    expect(await vote("russian-passport-reregistration-window", confirm())).toEqual({ kind: "closed" });
  });

  it("mark a fact 'may be outdated' by the rule, with a margin before it clears", async () => {
    // a fact the rate-limit tests above leave alone
    const id = "t2-contract-termination";
    const states: boolean[] = [];
    for (const payload of [dispute(), dispute(), confirm(), dispute()]) {
      const result = await vote(id, payload);
      if (result.kind !== "voted") throw new Error(result.kind);
      states.push(result.disputed);
    }
    // two disputes are not enough, whatever the net; the third, against one confirmation, makes net 2
    expect(states).toEqual([false, false, false, true]);
    expect((await loadFacts([id]))[id]).toMatchObject({ outdated: true, outdatedBecause: ["disputes"], disputes: 3, confirmations: 1 });
    // net 2 → 1: still marked; → 0: cleared
    expect(await vote(id, confirm())).toMatchObject({ disputed: true });
    expect(await vote(id, confirm())).toMatchObject({ disputed: false });
    expect((await loadFacts([id]))[id].outdated).toBe(false);
  });
});

describe("moderators keep facts true", () => {
  it("a re-check makes a new revision, moves 'last checked', clears the badge and opens a new round of votes", async () => {
    const id = "bill-1110676-8";
    const moderator = await user("moderator");
    for (let i = 0; i < 3; i++) await vote(id, dispute(`Passed its second reading ${i}`), { userId: (await user()).id });
    expect((await loadFacts([id]))[id].outdated).toBe(true);
    const queue = await policyQueue({ user: moderator });
    if (!queue.ok) throw new Error("denied");
    const queued = queue.items.find((item) => item.id === id)!;
    expect(queued.outdatedBecause).toEqual(["disputes"]);
    expect(queued.notes.map((n) => n.note).sort()).toEqual(["Passed its second reading 0", "Passed its second reading 1", "Passed its second reading 2"]);

    const before = (await getPolicyEvent({ id }))!;
    const mark = await lastSeq();
    const result = await recheckFact({
      user: moderator,
      id,
      now: new Date("2027-01-15T10:00:00Z"),
      payload: formOf(before, {
        summaryEn: `${before.summary.en} Checked again: still only a first reading.`,
        lastChecked: "2027-01-15",
        checkAfter: "2027-04-15",
        reason: "Looked up the Duma's bill page",
      }),
    });
    expect(result).toEqual({ kind: "saved", id, revision: 2 });
    const after = (await loadFacts([id]))[id];
    expect(after).toMatchObject({ revision: 2, lastChecked: "2027-01-15", checkAfter: "2027-04-15", disputed: false, outdated: false, disputes: 0, confirmations: 0 });
    expect(after.summary.en).toContain("Checked again");
    expect(await tagsSince(mark)).toEqual(expect.arrayContaining(["policy", `fact:${id}`]));

    // the history keeps both versions, who made the change and why, and the votes of the old round
    const history = await listPolicyRevisions({ id });
    expect(history.map((r) => [r.number, r.change])).toEqual([
      [2, "recheck"],
      [1, "seed"],
    ]);
    expect(history[0]).toMatchObject({ actor: moderator.name, reason: "Looked up the Duma's bill page", confirmations: 0, disputes: 0 });
    expect(history[0].snapshot.lastChecked).toBe("2027-01-15");
    expect(history[1]).toMatchObject({ disputes: 3 });
    expect(history[1].snapshot.lastChecked).toBe("2026-11-26");
    expect((await listModerationLog({ limit: 5 })).find((l) => l.targetId === id)).toMatchObject({ action: "recheck_fact", targetType: "fact", actor: moderator.name });

    // readers who voted before may vote on the new revision; a vote on the old one is stale
    expect(await vote(id, confirm(), { seenRevision: 1 })).toMatchObject({ kind: "stale", revision: 2 });
    const again = await vote(id, confirm());
    expect(again).toMatchObject({ kind: "voted", counted: true, confirmations: 1 });
  });

  it("refuses a re-check on a stale base, dates that move backwards or ahead, and non-moderators", async () => {
    const id = "sim-card-limit";
    const moderator = await user("moderator");
    const fact = (await getPolicyEvent({ id }))!;
    expect(await recheckFact({ user: null, id, payload: formOf(fact) })).toEqual({ kind: "denied", status: 401 });
    expect(await recheckFact({ user: await user("member"), id, payload: formOf(fact) })).toEqual({ kind: "denied", status: 403 });
    const now = new Date("2026-12-01T00:00:00Z");
    expect(await recheckFact({ user: moderator, id, now, payload: formOf(fact, { lastChecked: "2026-11-01" }) })).toMatchObject({ kind: "invalid", fields: { lastChecked: "last_checked_backwards" } });
    expect(await recheckFact({ user: moderator, id, now, payload: formOf(fact, { lastChecked: "2026-12-02" }) })).toMatchObject({ kind: "invalid", fields: { lastChecked: "date_in_future" } });
    expect(await recheckFact({ user: moderator, id, now, payload: formOf(fact, { checkAfter: "2026-11-26" }) })).toMatchObject({ kind: "invalid", fields: { checkAfter: "check_after_too_early" } });
    expect(await recheckFact({ user: moderator, id, now, payload: formOf(fact, { sourceUrl: "https://www1.ru/" }) })).toMatchObject({ kind: "invalid", fields: { sourceUrl: "not_full_address" } });
    expect(await recheckFact({ user: moderator, id, now, payload: formOf(fact, { operator: "mts" }) })).toMatchObject({ kind: "invalid", fields: { operator: "operator_only_for_notices" } });
    expect(await recheckFact({ user: moderator, id, now, payload: formOf(fact, { reason: "" }) })).toMatchObject({ kind: "invalid", fields: { reason: "required" } });
    // two moderators on the same revision: the second is told, not overwritten
    expect(await recheckFact({ user: moderator, id, now, payload: formOf(fact, { lastChecked: "2026-12-01" }) })).toMatchObject({ kind: "saved", revision: 2 });
    expect(await recheckFact({ user: moderator, id, now, payload: formOf(fact, { lastChecked: "2026-12-01", titleEn: "Lost update" }) })).toEqual({ kind: "moved" });
    expect((await getPolicyEvent({ id }))!.title.en).toBe(fact.title.en);
  });

  it("superseding keeps the fact on the timeline as history, with no badge and no more votes", async () => {
    const id = "cooling-period";
    const moderator = await user("moderator");
    const fact = (await getPolicyEvent({ id }))!;
    expect(await supersedeFact({ user: await user("member"), id, payload: { baseRevision: fact.revision, reason: "x" } })).toEqual({ kind: "denied", status: 403 });
    expect(await supersedeFact({ user: moderator, id, payload: { baseRevision: fact.revision, reason: "" } })).toMatchObject({ kind: "invalid", fields: { reason: "required" } });
    const result = await supersedeFact({
      user: moderator,
      id,
      now: new Date("2027-03-01T08:00:00Z"),
      payload: { baseRevision: fact.revision, dateEnd: "2027-02-28", reason: "The test mode ended; replaced by a permanent rule" },
    });
    expect(result).toMatchObject({ kind: "saved", revision: fact.revision + 1 });
    const { events } = await loadPolicyTimeline();
    const kept = events.find((e) => e.id === id)!;
    expect(kept).toMatchObject({ status: "superseded", dateEnd: "2027-02-28", lastChecked: "2027-03-01", checkAfter: null, outdated: false });
    expect(await vote(id, dispute())).toEqual({ kind: "closed" });
    const [latest] = await listPolicyRevisions({ id });
    expect(latest).toMatchObject({ change: "supersede", actor: moderator.name, reason: "The test mode ended; replaced by a permanent rule" });
    expect(latest.snapshot.status).toBe("superseded");
    expect((await listModerationLog({ limit: 5 })).find((l) => l.targetId === id)).toMatchObject({ action: "supersede_fact" });
    expect(await supersedeFact({ user: moderator, id, payload: { baseRevision: fact.revision + 1, reason: "again" } })).toMatchObject({ kind: "invalid", fields: { form: "already_superseded" } });
  });

  it("adds a new fact with its first revision, refusing a taken id, a home-page source and a notice without its operator", async () => {
    const moderator = await user("moderator");
    const base = formOf((await getPolicyEvent({ id: "imei-device-binding" }))!);
    const { baseRevision: _b, ...fields } = base;
    const create = (changes: Record<string, string>) => createFact({ user: moderator, now: new Date("2026-12-01T00:00:00Z"), payload: { ...fields, ...changes } });
    expect(await create({ id: "imei-device-binding" })).toMatchObject({ kind: "invalid", fields: { id: "id_taken" } });
    expect(await create({ id: "Bad Id" })).toMatchObject({ kind: "invalid", fields: { id: "invalid_id" } });
    expect(await create({ id: "x-notice", kind: "operator_notice" })).toMatchObject({ kind: "invalid", fields: { operator: "operator_required" } });
    expect(await create({ id: "x-notice", kind: "operator_notice", operator: "nope" })).toMatchObject({ kind: "invalid", fields: { operator: "unknown_operator" } });
    expect(await create({ id: "x-home", sourceUrl: "https://mts.ru" })).toMatchObject({ kind: "invalid", fields: { sourceUrl: "not_full_address" } });
    expect(await createFact({ user: await user("member"), payload: { ...fields, id: "x-member" } })).toEqual({ kind: "denied", status: 403 });
    expect(await create({ id: "mts-notice-test", kind: "operator_notice", operator: "mts", sourceUrl: "https://moskva.mts.ru/personal/help/page" })).toEqual({ kind: "saved", id: "mts-notice-test", revision: 1 });
    const [first] = await listPolicyRevisions({ id: "mts-notice-test" });
    expect(first).toMatchObject({ number: 1, change: "create", actor: moderator.name });
    expect((await loadPolicyTimeline()).events.some((e) => e.id === "mts-notice-test")).toBe(true);
  });

  it("never rewrites history: a revision cannot be updated", async () => {
    await expect(testDb.query(`UPDATE policy_event_revisions SET reason = 'rewritten' WHERE event_id = 'sim-card-limit'`)).rejects.toThrow(/immutable/);
    const rows = await testDb.query<{ reason: string }>(`SELECT reason FROM policy_event_revisions WHERE event_id = 'sim-card-limit'`);
    expect(rows.map((r) => r.reason)).not.toContain("rewritten");
  });
});

describe("the check-after date", () => {
  it("shows 'may be outdated' from that day, queues the fact and announces it to the caches once", async () => {
    const id = "imei-device-binding";
    // as if the fact had been checked long ago and its date has come
    await testDb.query(`UPDATE policy_events SET last_checked = '2025-01-01', check_after = '2025-06-01' WHERE id = $1`, [id]);
    expect((await loadFacts([id]))[id]).toMatchObject({ outdated: true, outdatedBecause: ["check_after"] });
    const queue = await policyQueue({ user: await user("moderator") });
    expect(queue.ok && queue.items.find((item) => item.id === id)?.outdatedBecause).toEqual(["check_after"]);

    const mark = await lastSeq();
    expect(await sweepDueChecks()).toContain(id);
    expect(await tagsSince(mark)).toEqual(expect.arrayContaining(["policy", `fact:${id}`]));
    expect(await sweepDueChecks()).not.toContain(id);
    // a fact whose date is still ahead is not announced
    expect(await sweepDueChecks(new Date("2026-11-26T00:00:00Z"))).toEqual([]);
  });

  it("lets the database itself refuse a check-after date that is not after the check", async () => {
    await expect(testDb.query(`UPDATE policy_events SET check_after = last_checked WHERE id = 'sim-limit-303-fz'`)).rejects.toThrow();
    await expect(testDb.query(`UPDATE policy_events SET source_url = 'https://mts.ru' WHERE id = 'sim-limit-303-fz'`)).rejects.toThrow();
  });
});

describe("invalidations the app records for the other instances", () => {
  it("records every tag of one call (several tags at once, as an action's updateTag calls arrive)", async () => {
    const mark = await lastSeq();
    await recordInvalidations({ tags: ["fact:cooling-period", "policy"] });
    await recordInvalidations({ tags: ["guide"] });
    expect((await tagsSince(mark)).sort()).toEqual(["fact:cooling-period", "guide", "policy"]);
  });
});
