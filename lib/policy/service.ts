import "server-only";
import type { z } from "zod";
import {
  castPolicyVote,
  createPolicyEvent,
  getPolicyEvent,
  listPolicyQueue,
  savePolicyRevision,
  snapshotOf,
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

/** A moderator's fields as a snapshot: the form names them as the table does, but for the operator. */
const snapshotFrom = (input: Omit<FactCreateInput, "id" | "reason">): PolicySnapshot => snapshotOf({ ...input, operatorSlug: input.operator });

/** Checks no zod schema can make: against today's date, the stored fact and the operators. */
async function checkAgainstWorld(snapshot: PolicySnapshot, today: string, previous: PolicyEventRow | null): Promise<Record<string, string> | null> {
  if (snapshot.lastChecked > today) return { lastChecked: "date_in_future" };
  if (previous && snapshot.lastChecked < previous.lastChecked) return { lastChecked: "last_checked_backwards" };
  if (snapshot.operator && !(await getOperatorBySlug({ slug: snapshot.operator }))) return { operator: "unknown_operator" };
  return null;
}

/** The revision a change saves: on which one it is based, what it does, the fact as it will stand, why. */
type Revision = { baseRevision: number; change: "recheck" | "supersede"; snapshot: PolicySnapshot; reason: string };

/**
 * A change to a stored fact, with the checks every change makes first (a moderator, a fact
 * id, a payload `schema` accepts, a fact that exists); `revise` turns the input and the fact
 * as it stands into the revision to save, or says why there is none.
 */
async function changeFact<Schema extends z.ZodType>(
  { user, id, payload }: { user: AppUser | null; id: string; payload: unknown },
  schema: Schema,
  revise: (input: z.output<Schema>, previous: PolicyEventRow) => Promise<Revision | FactChangeResult>,
): Promise<FactChangeResult> {
  const access = moderatorAccess(user);
  if (!access.ok) return { kind: "denied", status: access.status };
  if (!FACT_ID.test(id)) return { kind: "not_found" };
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return { kind: "invalid", fields: issueCodes(parsed.error) };
  const previous = await getPolicyEvent({ id });
  if (!previous) return { kind: "not_found" };
  const revision = await revise(parsed.data, previous);
  if ("kind" in revision) return revision;
  const saved = await savePolicyRevision({ id, ...revision, actorId: access.user.id });
  if (saved.kind === "saved") return { kind: "saved", id, revision: saved.revision };
  return saved.kind === "moved" ? { kind: "moved" } : { kind: "not_found" };
}

type FactChangeRequest = { user: AppUser | null; id: string; payload: unknown; now?: Date };

/**
 * A moderator's re-check: new text, source or dates, and a new "last checked". Saved as a new
 * revision, which opens a new round of votes. Choosing "superseded" here retires the fact.
 */
export function recheckFact({ now = new Date(), ...request }: FactChangeRequest): Promise<FactChangeResult> {
  return changeFact(request, factEditSchema, async ({ baseRevision, reason, ...fields }, previous): Promise<Revision | FactChangeResult> => {
    const snapshot = snapshotFrom(fields);
    const problems = await checkAgainstWorld(snapshot, utcDate(now), previous);
    if (problems) return { kind: "invalid", fields: problems };
    return { baseRevision, reason, snapshot, change: snapshot.status === "superseded" && previous.status !== "superseded" ? "supersede" : "recheck" };
  });
}

/**
 * Retires a fact: it stays on the timeline as history (Wikidata's deprecated rank), marked
 * superseded, checked today, with no further check date and no more votes.
 */
export function supersedeFact({ now = new Date(), ...request }: FactChangeRequest): Promise<FactChangeResult> {
  return changeFact(request, supersedeSchema, async ({ baseRevision, reason, dateEnd: givenEnd }, previous): Promise<Revision | FactChangeResult> => {
    if (previous.status === "superseded") return { kind: "invalid", fields: { form: "already_superseded" } };
    const dateEnd = givenEnd ?? previous.dateEnd;
    if (dateEnd && dateEnd <= previous.date) return { kind: "invalid", fields: { dateEnd: "end_before_start" } };
    const today = utcDate(now);
    const { id: _id, revision: _revision, disputed: _disputed, confirmations: _c, disputes: _d, updatedAt: _u, ...current } = previous;
    const snapshot: PolicySnapshot = { ...current, status: "superseded", dateEnd, lastChecked: today > previous.lastChecked ? today : previous.lastChecked, checkAfter: null };
    return { baseRevision, reason, snapshot, change: "supersede" };
  });
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
