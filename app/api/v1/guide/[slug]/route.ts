import { getGuidePage } from "@/db/queries/guide";
import { GUIDE_LOCALES } from "@/db/schema";
import { apiError, enumParam, notFoundResponse } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = enumParam(new URL(request.url).searchParams, "locale", GUIDE_LOCALES);
  if (!locale.ok) return apiError(400, "invalid_parameter", locale.message, { fields: { locale: locale.message } });
  const page = await getGuidePage({ slug, locale: locale.value ?? "zh" });
  if (!page) return notFoundResponse(`No guide page "${slug}".`);
  const { slug: pageSlug, locale: pageLocale, title, revisionId, revisionNumber, body, summary, updatedAt } = page;
  return Response.json({ slug: pageSlug, locale: pageLocale, title, revisionId, revisionNumber, body, summary, protected: page.protected, updatedAt });
}
