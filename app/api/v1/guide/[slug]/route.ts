import { revalidateTag } from "next/cache";
import { cacheTags } from "@/db/cache-tags";
import { getGuidePage } from "@/db/queries/guide";
import { currentUser } from "@/lib/auth/current-user";
import { issueCodes } from "@/lib/forms";
import { guidePageAddress } from "@/lib/guide/api-address";
import { editGuidePage } from "@/lib/guide/edit";
import { guideEditSchema } from "@/lib/guide/schema";
import { apiRoute } from "@/lib/http/api-route";
import { apiError, invalidSlugResponse, notFoundResponse, readJsonBody, SLUG } from "@/lib/http/responses";
import { englishError, englishFields } from "@/lib/i18n/messages";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const address = await guidePageAddress(request, params);
  if (!address.ok) return address.response;
  const page = await getGuidePage(address.page);
  if (!page) return notFoundResponse(`No guide page "${address.page.slug}".`);
  const { slug: pageSlug, locale: pageLocale, title, revisionId, revisionNumber, body, summary, updatedAt } = page;
  return Response.json({ slug: pageSlug, locale: pageLocale, title, revisionId, revisionNumber, body, summary, protected: page.protected, updatedAt });
});

/** The edit form's rules over JSON (MediaWiki's edit API is the model). */
export const PUT = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  if (!SLUG.test(slug)) return invalidSlugResponse("slug");
  const user = await currentUser();
  if (!user) return apiError(401, "unauthenticated", "Sign in to edit the guide.");
  const body = await readJsonBody(request, { maxBytes: 256 * 1024 });
  if (!body.ok) return body.response;
  const parsed = guideEditSchema.safeParse(body.value);
  if (!parsed.success) {
    return apiError(400, "validation_failed", "Some fields are invalid.", { fields: englishFields(issueCodes(parsed.error, "body")) });
  }
  const result = await editGuidePage({ slug, input: parsed.data, user });
  switch (result.kind) {
    case "saved":
      // every instance learns of it from the database; this one at once
      revalidateTag(cacheTags.guidePage(parsed.data.locale, slug), { expire: 0 });
      revalidateTag(cacheTags.guide, { expire: 0 });
      return Response.json({ revisionId: result.revisionId, revisionNumber: result.revisionNumber, merged: result.merged });
    case "unchanged":
      return Response.json({ revisionId: result.revisionId, revisionNumber: result.revisionNumber, merged: false, unchanged: true });
    case "conflict":
      return Response.json(
        {
          error: {
            code: "edit_conflict",
            message: "The page changed since your base revision and the changes overlap. Nothing was saved.",
            current: result.current,
            yours: result.yours,
          },
        },
        { status: 409 },
      );
    case "unauthenticated":
      return apiError(401, "unauthenticated", "Sign in to edit the guide.");
    case "forbidden":
      return apiError(403, "forbidden", "This page is protected: only moderators can edit it.");
    case "not_found":
      return notFoundResponse(`No guide page "${slug}" in this language.`);
    case "invalid_base":
      return apiError(400, "validation_failed", "baseRevisionId is not a revision of this page.", {
        fields: { baseRevisionId: "Not a revision of this page." },
      });
    case "rate_limited":
      return apiError(429, "rate_limited", "Too many edits. Please wait a minute.", {
        headers: { "Retry-After": String(result.retryAfterSeconds) },
      });
    case "contact_details":
      return apiError(422, "contact_details", englishError("contact_details").replace("{matches}", result.matches.join(", ")), {
        fields: { body: "Contact details or links cannot be added to the guide." },
      });
    case "unrenderable":
      if (result.reason === "busy") return apiError(503, "busy", englishError("busy"), { headers: { "Retry-After": "5" } });
      return apiError(422, result.reason, englishError(result.reason), { fields: { body: englishError(result.reason) } });
  }
});
