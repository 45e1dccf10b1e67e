"use server";

import { createGuidePage, getGuideRevision, setGuidePageProtection } from "@/db/queries/guide";
import { redirect } from "@/i18n/navigation";
import { currentUser, isModerator } from "@/lib/auth/current-user";
import { echo, issueCodes } from "@/lib/forms";
import { guideLocale } from "./locale";
import { editGuidePage, type EditResult } from "./edit";
import { GUIDE_BODY_MAX, guideCreateSchema, guideEditSchema } from "./schema";
import { markdownToHtml } from "./markdown";
import { detectContactSpam } from "@/lib/moderation/spam";

export type EditFormState = {
  errors: Record<string, string>;
  errorParams?: Record<string, string>;
  values: { title: string; body: string; summary: string; baseRevisionId: string };
  conflict?: { revisionId: number; title: string; body: string; number?: number };
  submissions: number;
};

/** The live preview: the same server renderer and sanitizer as the published page. */
export async function previewMarkdownAction(body: string): Promise<string> {
  if (typeof body !== "string" || body.length > GUIDE_BODY_MAX) return "";
  return markdownToHtml(body);
}

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
    default:
      return { errors: { form: "server" } };
  }
}

export async function saveGuideEditAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const slug = String(form.get("slug") ?? "");
  const locale = guideLocale(String(form.get("locale") ?? ""));
  const values = {
    title: String(form.get("title") ?? ""),
    body: String(form.get("body") ?? ""),
    summary: String(form.get("summary") ?? ""),
    baseRevisionId: String(form.get("baseRevisionId") ?? ""),
  };
  const next = (patch: Partial<EditFormState>): EditFormState => ({ errors: {}, values, submissions: previous.submissions + 1, ...patch });
  const parsed = guideEditSchema.safeParse({ ...values, locale });
  if (!parsed.success) return next({ errors: issueCodes(parsed.error) });
  const result = await editGuidePage({ slug, input: parsed.data, user: await currentUser() });
  if (result.kind === "conflict") {
    // the next save is made on top of the current revision; the editor's text stays in the form
    return next({
      conflict: result.current,
      values: { ...values, baseRevisionId: String(result.current.revisionId) },
      errors: { form: "conflict" },
    });
  }
  if (result.kind === "saved" || result.kind === "unchanged") {
    const flag = result.kind === "saved" ? (result.merged ? "merged" : "saved") : "unchanged";
    redirect({ href: { pathname: `/guide/${slug}`, query: { edit: flag } }, locale });
  }
  return next(explain(result));
}

export async function restoreRevisionAction(form: FormData) {
  const slug = String(form.get("slug") ?? "");
  const locale = guideLocale(String(form.get("locale") ?? ""));
  const number = Number(form.get("number"));
  const user = await currentUser();
  if (!user) redirect({ href: { pathname: "/signin", query: { returnTo: `${locale === "en" ? "/en" : ""}/guide/${slug}/history/${number}` } }, locale });
  const revision = Number.isInteger(number) ? await getGuideRevision({ slug, locale, number }) : null;
  if (!revision || !revision.currentRevisionId) redirect({ href: `/guide/${slug}/history`, locale });
  const result = await editGuidePage({
    slug,
    user,
    input: {
      locale,
      baseRevisionId: Number(form.get("baseRevisionId")) || revision!.currentRevisionId!,
      title: revision!.title,
      body: revision!.body,
      summary: locale === "en" ? `Restore revision ${number}` : `恢复到第 ${number} 版`,
    },
  });
  const outcome = result.kind === "saved" || result.kind === "unchanged" ? "restored" : result.kind === "forbidden" ? "forbidden" : "conflict";
  redirect({ href: { pathname: `/guide/${slug}/history`, query: { restore: outcome } }, locale });
}

export async function setProtectionAction(form: FormData) {
  const slug = String(form.get("slug") ?? "");
  const locale = guideLocale(String(form.get("locale") ?? ""));
  const user = await currentUser();
  // the button only shows for moderators; the server decides regardless
  if (!user || !isModerator(user)) redirect({ href: `/guide/${slug}`, locale });
  await setGuidePageProtection({
    slug,
    locale,
    protected: form.get("protected") === "1",
    actorId: user!.id,
    reason: String(form.get("reason") ?? "").slice(0, 500),
  });
  redirect({ href: `/guide/${slug}`, locale });
}

export type CreatePageState = { errors: Record<string, string>; values: Record<string, string>; submissions: number };

export async function createGuidePageAction(previous: CreatePageState, form: FormData): Promise<CreatePageState> {
  const fail = (errors: Record<string, string>) => ({ errors, values: echo(form), submissions: previous.submissions + 1 });
  const user = await currentUser();
  if (!user) return fail({ form: "signed_out" });
  if (!isModerator(user)) return fail({ form: "forbidden" });
  const parsed = guideCreateSchema.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) return fail(issueCodes(parsed.error));
  if (detectContactSpam(parsed.data.body).held) return fail({ body: "contact_details" });
  const created = await createGuidePage({ ...parsed.data, authorId: user.id });
  if (!created) return fail({ slug: "slug_taken" });
  redirect({ href: `/guide/${parsed.data.slug}`, locale: parsed.data.locale });
  return previous;
}
