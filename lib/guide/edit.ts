import "server-only";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import { getGuidePage, saveGuideRevision, type SaveOutcome } from "@/db/queries/guide";
import type { AppUser } from "@/db/queries/users";
import { isModerator } from "@/lib/auth/roles";
import { detectContactSpam } from "@/lib/moderation/spam";
import { addedLines } from "./diff";
import { mergeThreeWay, mergeTitle } from "./merge";
import type { GuideEditInput } from "./schema";

export const EDITS_PER_MINUTE = { member: 8, moderator: 60, admin: 60 } as const;

export type EditResult =
  | Exclude<SaveOutcome, { kind: "conflict" }>
  | { kind: "conflict"; current: { revisionId: number; title: string; body: string }; yours: { title: string; body: string } }
  | { kind: "unauthenticated" }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "contact_details"; matches: string[] };

/**
 * One edit, with the same rules for the form and the API: signed in, protected pages for
 * moderators only, no contact handles added, a per-account rate, compare-and-set with a
 * three-way merge over a newer revision.
 */
export async function editGuidePage({ slug, input, user }: { slug: string; input: GuideEditInput; user: AppUser | null }): Promise<EditResult> {
  if (!user) return { kind: "unauthenticated" };
  const page = await getGuidePage({ slug, locale: input.locale });
  if (!page) return { kind: "not_found" };
  const moderator = isModerator(user);
  if (page.protected && !moderator) return { kind: "forbidden" };

  // only what this edit adds is checked: existing text (e.g. official source links) stays editable
  const spam = detectContactSpam(addedLines(page.body, input.body).join("\n"));
  if (spam.held) return { kind: "contact_details", matches: spam.matches };

  const title = input.title ?? page.title;
  const limited = await consumeRateLimit({ bucket: "guide-edit", subject: user.id, limit: EDITS_PER_MINUTE[user.role], windowMs: 60_000 });
  if (!limited.ok) return { kind: "rate_limited", retryAfterSeconds: limited.retryAfterSeconds };
  const outcome = await saveGuideRevision({
    slug,
    locale: input.locale,
    baseRevisionId: input.baseRevisionId,
    title,
    body: input.body.replace(/\r\n?/g, "\n"),
    summary: input.summary,
    authorId: user.id,
    canEditProtected: moderator,
    merge: mergeThreeWay,
    mergeTitle,
  });
  if (outcome.kind === "conflict") return { ...outcome, yours: { title, body: input.body } };
  return outcome;
}
