import { listGuideRevisions } from "@/db/queries/guide";
import { GUIDE_LOCALES } from "@/lib/domain";
import { apiError, enumParam, invalidSlugResponse, notFoundResponse, SLUG } from "@/lib/http/responses";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  if (!SLUG.test(slug)) return invalidSlugResponse("slug");
  const locale = enumParam(new URL(request.url).searchParams, "locale", GUIDE_LOCALES);
  if (!locale.ok) return apiError(400, "invalid_parameter", locale.message, { fields: { locale: locale.message } });
  const revisions = await listGuideRevisions({ slug, locale: locale.value ?? "zh" });
  if (!revisions) return notFoundResponse(`No guide page "${slug}".`);
  return Response.json(revisions);
});
