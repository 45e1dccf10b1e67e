import "server-only";
import {
  castPolicyVote,
  createPolicyEvent,
  getPolicyEvent,
  listPolicyQueue,
  savePolicyRevision,
  type PolicyEventRow,
  type PolicySnapshot,
  type VoteOutcome,
} from "@/db/queries/policy";
import { getOperatorBySlug } from "@/db/queries/operators";
import type { AppUser } from "@/db/queries/users";
import { env } from "@/lib/env";
import { issueCodes } from "@/lib/forms";
import { hashAddress } from "@/lib/http/client-address";
import { moderatorAccess } from "@/lib/moderation/service";
import { nextDisputed, outdatedReasons, utcDate } from "./rules";
import { FACT_ID, factCreateSchema, factEditSchema, supersedeSchema, voteSchema, type FactCreateInput } from "./schema";

const HOUR_MS = 60 * 60 * 1000;

export type VoteResult = VoteOutcome | { kind: "invalid"; fields: Record<string, string> };

/**
 * A reader answers "still true?". Signed-out readers vote too, counted by address; a
 * signed-in reader is counted by account and by address together (as flags are).
 */
export function voteOnFact({
  factId,
  seenRevision,
  userId,
  address,
  payload,
}: {
  factId: string;
  seenRevision: number;
  userId: string | null;
  address: string;
  payload: unknown;
}): Promise<VoteResult> {
  const parsed = voteSchema.safeParse(payload);
  if (!parsed.success) return Promise.resolve({ kind: "invalid", fields: issueCodes(parsed.error) });
  if (!FACT_ID.test(factId) || !Number.isSafeInteger(seenRevision) || seenRevision < 1) return Promise.resolve({ kind: "not_found" });
  const addressHash = hashAddress(`policy-vote:${address}`);
  return castPolicyVote({
    eventId: factId,
    seenRevision,
    ...parsed.data,
    readerKey: userId ? `user:${userId}` : `addr:${addressHash}`,
    addressHash,
    limit: {
      bucket: "policy-vote",
      subjects: [`addr:${addressHash}`, ...(userId ? [`user:${userId}`] : [])],
      limit: env().policyVoteLimitPerHour,
      windowMs: HOUR_MS,
    },
    decide: (wasDisputed, tally) => nextDisputed(wasDisputed, tally),
  });
}

export type FactChangeResult =
  | { kind: "denied"; status: 401 | 403 }
  | { kind: "invalid"; fields: Record<string, string> }
  | { kind: "not_found" }
  | { kind: "moved" }
  | { kind: "saved"; id: string; revision: number };

function snapshotFrom(input: Omit<FactCreateInput, "id" | "reason">): PolicySnapshot {
  return {
    date: input.date,
    dateEnd: input.dateEnd,
    kind: input.kind,
    status: input.status,
    operator: input.operator,
    title: { zh: input.titleZh, en: input.titleEn },
    summary: { zh: input.summaryZh, en: input.summaryEn },
    affects: { zh: input.affectsZh, en: input.affectsEn },
    source: { name: input.sourceName, date: input.sourceDate, url: input.sourceUrl },
    lastChecked: input.lastChecked,
    checkAfter: input.checkAfter,
  };
}

/** Checks no zod schema can make: against today's date, the stored fact and the operators. */
async function checkAgainstWorld(snapshot: PolicySnapshot, today: string, previous: PolicyEventRow | null): Promise<Record<string, string> | null> {
  if (snapshot.lastChecked > today) return { lastChecked: "date_in_future" };
  if (previous && snapshot.lastChecked < previous.lastChecked) return { lastChecked: "last_checked_backwards" };
  if (snapshot.operator && !(await getOperatorBySlug({ slug: snapshot.operator }))) return { operator: "unknown_operator" };
  return null;
}

/**
 * A moderator's re-check: new text, source or dates, and a new "last checked". Saved as a new
 * revision, which opens a new round of votes. Choosing "superseded" here retires the fact.
 */
export async function recheckFact({ user, id, payload, now = new Date() }: { user: AppUser | null; id: string; payload: unknown; now?: Date }): Promise<FactChangeResult> {
  const access = moderatorAccess(user);
  if (!access.ok) return { kind: "denied", status: access.status };
  if (!FACT_ID.test(id)) return { kind: "not_found" };
  const parsed = factEditSchema.safeParse(payload);
  if (!parsed.success) return { kind: "invalid", fields: issueCodes(parsed.error) };
  const previous = await getPolicyEvent({ id });
  if (!previous) return { kind: "not_found" };
  const { baseRevision, reason, ...fields } = parsed.data;
  const snapshot = snapshotFrom(fields);
  const problems = await checkAgainstWorld(snapshot, utcDate(now), previous);
  if (problems) return { kind: "invalid", fields: problems };
  const change = snapshot.status === "superseded" && previous.status !== "superseded" ? "supersede" : "recheck";
  const saved = await savePolicyRevision({ id, baseRevision, change, snapshot, reason, actorId: access.user.id });
  if (saved.kind === "saved") return { kind: "saved", id, revision: saved.revision };
  return saved.kind === "moved" ? { kind: "moved" } : { kind: "not_found" };
}

/**
 * Retires a fact: it stays on the timeline as history (Wikidata's deprecated rank), marked
 * superseded, checked today, with no further check date and no more votes.
 */
export async function supersedeFact({ user, id, payload, now = new Date() }: { user: AppUser | null; id: string; payload: unknown; now?: Date }): Promise<FactChangeResult> {
  const access = moderatorAccess(user);
  if (!access.ok) return { kind: "denied", status: access.status };
  if (!FACT_ID.test(id)) return { kind: "not_found" };
  const parsed = supersedeSchema.safeParse(payload);
  if (!parsed.success) return { kind: "invalid", fields: issueCodes(parsed.error) };
  const previous = await getPolicyEvent({ id });
  if (!previous) return { kind: "not_found" };
  if (previous.status === "superseded") return { kind: "invalid", fields: { form: "already_superseded" } };
  const dateEnd = parsed.data.dateEnd ?? previous.dateEnd;
  if (dateEnd && dateEnd <= previous.date) return { kind: "invalid", fields: { dateEnd: "end_before_start" } };
  const today = utcDate(now);
  const { id: _id, revision: _revision, disputed: _disputed, confirmations: _c, disputes: _d, updatedAt: _u, ...current } = previous;
  const snapshot: PolicySnapshot = { ...current, status: "superseded", dateEnd, lastChecked: today > previous.lastChecked ? today : previous.lastChecked, checkAfter: null };
  const saved = await savePolicyRevision({ id, baseRevision: parsed.data.baseRevision, change: "supersede", snapshot, reason: parsed.data.reason, actorId: access.user.id });
  if (saved.kind === "saved") return { kind: "saved", id, revision: saved.revision };
  return saved.kind === "moved" ? { kind: "moved" } : { kind: "not_found" };
}

/** A new dated fact on the timeline (a later policy change), cited by its id from then on. */
export async function createFact({ user, payload, now = new Date() }: { user: AppUser | null; payload: unknown; now?: Date }): Promise<FactChangeResult> {
  const access = moderatorAccess(user);
  if (!access.ok) return { kind: "denied", status: access.status };
  const parsed = factCreateSchema.safeParse(payload);
  if (!parsed.success) return { kind: "invalid", fields: issueCodes(parsed.error) };
  const { id, reason, ...fields } = parsed.data;
  const snapshot = snapshotFrom(fields);
  const problems = await checkAgainstWorld(snapshot, utcDate(now), null);
  if (problems) return { kind: "invalid", fields: problems };
  const saved = await createPolicyEvent({ id, snapshot, reason, actorId: access.user.id });
  if (saved.kind === "taken") return { kind: "invalid", fields: { id: "id_taken" } };
  return { kind: "saved", id, revision: 1 };
}

/** The editors' queue on /moderation: facts readers dispute or that are past their check-after date. */
export async function policyQueue({ user, now = new Date() }: { user: AppUser | null; now?: Date }) {
  const access = moderatorAccess(user);
  if (!access.ok) return access;
  const today = utcDate(now);
  const items = await listPolicyQueue({ today });
  return { ok: true as const, items: items.map((item) => ({ ...item, outdatedBecause: outdatedReasons(item, today) })) };
}
