import "server-only";
import { findGuideRevision, readEditState, saveGuideRevision } from "@/db/queries/guide";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import type { AppUser } from "@/db/queries/users";
import { isModerator } from "@/lib/auth/roles";
import { addedContactDetails } from "./contact-check";
import { markdownProblem } from "./markdown-bounds";
import { mergeThreeWay, mergeTitle } from "./merge";
import { renderGuideMarkdown, renderingOf, type RenderFailure } from "./rendering";
import type { GuideEditInput } from "./schema";

const EDITS_PER_MINUTE = { member: 8, moderator: 60, admin: 60 } as const;
const SAVE_ATTEMPTS = 3;

export type EditResult =
  | { kind: "saved"; revisionId: number; revisionNumber: number; merged: boolean }
  | { kind: "unchanged"; revisionId: number; revisionNumber: number }
  | { kind: "conflict"; current: { revisionId: number; title: string; body: string }; yours: { title: string; body: string } }
  | { kind: "unauthenticated" }
  | { kind: "forbidden" }
  | { kind: "not_found" }
  | { kind: "invalid_base" }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "contact_details"; matches: string[] }
  | { kind: "unrenderable"; reason: RenderFailure };

/**
 * One edit, with the same rules for the form, a restore and the API: signed in; the
 * account's edit rate first, before any costly work; protected pages for moderators only;
 * text the renderer can draw within its bounds; no contact details added by members (a
 * restore of an earlier revision and a moderator's edit are not filtered: they are how
 * vandalism is undone); then compare-and-set, merging three-way over a newer revision.
 */
export async function editGuidePage({
  slug,
  input,
  user,
  restoring,
}: {
  slug: string;
  input: GuideEditInput;
  user: AppUser | null;
  /** the number of the earlier revision whose text this edit puts back */
  restoring?: number;
}): Promise<EditResult> {
  if (!user) return { kind: "unauthenticated" };
  const limited = await consumeRateLimit({ bucket: "guide-edit", subject: user.id, limit: EDITS_PER_MINUTE[user.role], windowMs: 60_000 });
  if (!limited.ok) return { kind: "rate_limited", retryAfterSeconds: limited.retryAfterSeconds };

  const mine = input.body.replace(/\r\n?/g, "\n");
  const problem = markdownProblem(mine);
  if (problem) return { kind: "unrenderable", reason: problem };
  const moderator = isModerator(user);
  const restored = restoring ? await findGuideRevision({ slug, locale: input.locale, number: restoring }) : null;
  const checkContacts = !moderator && !(restored && restored.body === mine);

  for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
    const state = await readEditState({ slug, locale: input.locale, baseRevisionId: input.baseRevisionId });
    if (!state) return { kind: "not_found" };
    if (state.protected && !moderator) return { kind: "forbidden" };
    if (!state.base) return { kind: "invalid_base" };

    const yours = { title: input.title ?? state.base.title, body: mine };
    let body = mine;
    let title = yours.title;
    const merged = state.base.id !== state.current.id;
    if (merged) {
      const result = mergeThreeWay({ base: state.base.body, current: state.current.body, mine });
      if (!result.clean) {
        return { kind: "conflict", current: { revisionId: state.current.id, title: state.current.title, body: state.current.body }, yours };
      }
      body = result.text;
      title = mergeTitle({ base: state.base.title, current: state.current.title, mine: yours.title });
    }
    if (body === state.current.body && title === state.current.title) {
      return { kind: "unchanged", revisionId: state.current.id, revisionNumber: state.current.number };
    }

    const rendering = await renderGuideMarkdown(body);
    if (!rendering.ok) return { kind: "unrenderable", reason: rendering.reason };
    if (checkContacts) {
      const before = await renderingOf({ revisionId: state.current.id, body: state.current.body, rendered: state.current.rendered });
      const matches = addedContactDetails({ before, after: rendering.rendered, title: title === state.current.title ? "" : title, summary: input.summary });
      if (matches.length > 0) return { kind: "contact_details", matches };
    }

    const saved = await saveGuideRevision({
      pageId: state.pageId,
      expectedCurrentId: state.current.id,
      baseRevisionId: state.base.id,
      title,
      body,
      summary: input.summary,
      rendered: rendering.rendered,
      authorId: user.id,
      canEditProtected: moderator,
    });
    if (saved.kind === "moved") continue; // another save came first: merge again on top of it
    if (saved.kind !== "saved") return saved;
    return { ...saved, merged };
  }
  const state = await readEditState({ slug, locale: input.locale, baseRevisionId: input.baseRevisionId });
  return state
    ? { kind: "conflict", current: { revisionId: state.current.id, title: state.current.title, body: state.current.body }, yours: { title: input.title ?? state.current.title, body: mine } }
    : { kind: "not_found" };
}
