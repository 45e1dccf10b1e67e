import "server-only";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import type { AppUser } from "@/db/queries/users";
import { hasUnsafeCharacters } from "@/lib/text";
import { renderGuideMarkdown, treeToHtml } from "./rendering";
import { GUIDE_BODY_MAX } from "./schema";

export const PREVIEWS_PER_MINUTE = 30;

export type PreviewResult = { ok: true; html: string } | { ok: false; error: string };

/**
 * The editor's live preview: the same bounded renderer as a saved revision, for signed-in
 * editors only, and only so many a minute (counted before any rendering).
 */
export async function previewMarkdown({ user, body }: { user: AppUser | null; body: unknown }): Promise<PreviewResult> {
  if (!user) return { ok: false, error: "signed_out" };
  if (typeof body !== "string" || body.length > GUIDE_BODY_MAX) return { ok: false, error: "body_too_long" };
  if (hasUnsafeCharacters(body)) return { ok: false, error: "invalid_characters" };
  const limited = await consumeRateLimit({ bucket: "guide-preview", subject: user.id, limit: PREVIEWS_PER_MINUTE, windowMs: 60_000 });
  if (!limited.ok) return { ok: false, error: "preview_rate_limited" };
  const outcome = await renderGuideMarkdown(body);
  return outcome.ok ? { ok: true, html: treeToHtml(outcome.rendered.tree) } : { ok: false, error: outcome.reason };
}
