"use server";

import { updateTag } from "next/cache";
import { cacheTags } from "@/db/cache-tags";
import { createGuidePage, findGuideRevision, setGuidePageProtection } from "@/db/queries/guide";
import { redirect } from "@/i18n/navigation";
import { localizedPath } from "@/i18n/paths";
import { currentUser, isModerator } from "@/lib/auth/current-user";
import { echo, formString, issueCodes, nextFormState, UNAVAILABLE, unlessUnavailable, type FormState } from "@/lib/forms";
import { hasUnsafeCharacters, INT32_MAX } from "@/lib/text";
import { editGuidePage, type EditResult } from "./edit";
import { guideLocale } from "./locale";
import { previewMarkdown, type PreviewResult } from "./preview";
import { renderGuideMarkdown } from "./rendering";
import { GUIDE_SLUG, guideCreateSchema, guideEditSchema } from "./schema";

export type EditFormState = FormState<{ title: string; body: string; summary: string; baseRevisionId: string }> & {
  /** the current revision the edit ran into: shown beside the editor's text */
  conflict?: { revisionId: number; title: string; body: string; number?: number };
};

export async function previewMarkdownAction(body: string): Promise<PreviewResult> {
  return previewMarkdown({ user: await currentUser(), body });
}

/** An edit's outcome as form errors: what went wrong, in words the editor can act on. */
function explain(result: EditResult): { errors: Record<string, string>; errorParams?: Record<string, string> } {
  switch (result.kind) {
    case "unauthenticated":
      return { errors: { form: "signed_out" } };
    case "forbidden":
      return { errors: { form: "protected" } };
    case "not_found":
      return { errors: { form: "not_found" } };
    case "invalid_base":
      return { errors: { form: "invalid_base" } };
    case "rate_limited":
      return { errors: { form: "edit_rate_limited" } };
    case "contact_details":
      return { errors: { body: "contact_details" }, errorParams: { matches: result.matches.join(", ") } };
    case "unrenderable":
      return { errors: { body: result.reason } };
    default:
      return { errors: { form: "server" } };
  }
}

/** The page and the lists that show it change with every saved revision. */
function refreshGuideCaches(locale: string, slug: string) {
  updateTag(cacheTags.guidePage(locale, slug));
  updateTag(cacheTags.guide);
}

export async function saveGuideEditAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const slug = formString(form, "slug");
  const locale = guideLocale(formString(form, "locale"));
  const values = {
    title: formString(form, "title"),
    body: formString(form, "body"),
    summary: formString(form, "summary"),
    baseRevisionId: formString(form, "baseRevisionId"),
  };
  const next = (patch: Partial<EditFormState>) => nextFormState(previous, { errors: {}, values, ...patch });
  if (!GUIDE_SLUG.test(slug)) return next({ errors: { form: "not_found" } });
  const parsed = guideEditSchema.safeParse({ ...values, locale });
  if (!parsed.success) return next({ errors: issueCodes(parsed.error) });
  const result = await unlessUnavailable(
    async () => editGuidePage({ slug, input: parsed.data, user: await currentUser() }),
    () => null,
  );
  if (!result) return next({ errors: { form: UNAVAILABLE } });
  if (result.kind === "conflict") {
    // the next save is made on top of the current revision; the editor's text stays in the form
    return next({
      conflict: result.current,
      values: { ...values, baseRevisionId: String(result.current.revisionId) },
      errors: { form: "conflict" },
    });
  }
  if (result.kind === "saved" || result.kind === "unchanged") {
    if (result.kind === "saved") refreshGuideCaches(locale, slug);
    const flag = result.kind === "saved" ? (result.merged ? "merged" : "saved") : "unchanged";
    redirect({ href: { pathname: `/guide/${slug}`, query: { edit: flag } }, locale });
  }
  return next(explain(result));
}

/** What a restore did, as the history page says it. */
function restoreOutcome(result: EditResult): string {
  switch (result.kind) {
    case "saved":
      return "restored";
    case "unchanged":
      return "unchanged";
    case "forbidden":
    case "rate_limited":
    case "conflict":
    case "not_found":
    case "unrenderable":
      return result.kind;
    default:
      return "failed";
  }
}

export async function restoreRevisionAction(form: FormData) {
  const slug = formString(form, "slug");
  const locale = guideLocale(formString(form, "locale"));
  const numberText = formString(form, "number");
  const number = /^\d{1,10}$/.test(numberText) ? Number(numberText) : NaN;
  if (!GUIDE_SLUG.test(slug) || !(number >= 1 && number <= INT32_MAX)) redirect({ href: "/guide", locale });
  const user = await currentUser();
  if (!user) redirect({ href: { pathname: "/signin", query: { returnTo: localizedPath(locale, `/guide/${slug}/history/${number}`) } }, locale });
  const revision = await findGuideRevision({ slug, locale, number });
  if (!revision || !revision.currentRevisionId) redirect({ href: `/guide/${slug}/history`, locale });
  const result = await editGuidePage({
    slug,
    user,
    restoring: number,
    input: {
      locale,
      // a restore puts the old text back over whatever is current now
      baseRevisionId: revision!.currentRevisionId!,
      title: revision!.title,
      body: revision!.body,
      summary: locale === "en" ? `Restore revision ${number}` : `恢复到第 ${number} 版`,
    },
  });
  if (result.kind === "saved") refreshGuideCaches(locale, slug);
  redirect({ href: { pathname: `/guide/${slug}/history`, query: { restore: restoreOutcome(result) } }, locale });
}

export async function setProtectionAction(form: FormData) {
  const slug = formString(form, "slug");
  const locale = guideLocale(formString(form, "locale"));
  if (!GUIDE_SLUG.test(slug)) redirect({ href: "/guide", locale });
  const user = await currentUser();
  // the button only shows for moderators; the server decides regardless
  if (!user || !isModerator(user)) redirect({ href: `/guide/${slug}`, locale });
  const reason = formString(form, "reason").slice(0, 500);
  await setGuidePageProtection({ slug, locale, protected: form.get("protected") === "1", actorId: user!.id, reason: hasUnsafeCharacters(reason) ? "" : reason });
  refreshGuideCaches(locale, slug);
  redirect({ href: `/guide/${slug}`, locale });
}

export async function createGuidePageAction(previous: FormState, form: FormData): Promise<FormState> {
  const fail = (errors: Record<string, string>) => nextFormState(previous, { errors, values: echo(form) });
  return unlessUnavailable(() => createGuidePageNow(previous, form, fail), () => fail({ form: UNAVAILABLE }));
}

async function createGuidePageNow(previous: FormState, form: FormData, fail: (errors: Record<string, string>) => FormState): Promise<FormState> {
  const user = await currentUser();
  if (!user) return fail({ form: "signed_out" });
  if (!isModerator(user)) return fail({ form: "forbidden" });
  const parsed = guideCreateSchema.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) return fail(issueCodes(parsed.error));
  const rendering = await renderGuideMarkdown(parsed.data.body);
  if (!rendering.ok) return fail({ body: rendering.reason });
  const created = await createGuidePage({ ...parsed.data, rendered: rendering.rendered, authorId: user.id });
  if (!created) return fail({ slug: "slug_taken" });
  refreshGuideCaches(parsed.data.locale, parsed.data.slug);
  redirect({ href: `/guide/${parsed.data.slug}`, locale: parsed.data.locale });
  return previous;
}
