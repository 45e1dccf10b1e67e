import "server-only";
import { GUIDE_LOCALES, type GuideLocale } from "@/lib/domain";
import { apiError, enumParam, invalidSlugResponse, SLUG } from "@/lib/http/responses";

/** The guide page an endpoint's address names: its slug and `?locale=` (Chinese unless said), or the 400 to answer. */
export async function guidePageAddress(
  request: Request,
  params: Promise<{ slug: string }>,
): Promise<{ ok: true; page: { slug: string; locale: GuideLocale } } | { ok: false; response: Response }> {
  const { slug } = await params;
  if (!SLUG.test(slug)) return { ok: false, response: invalidSlugResponse("slug") };
  const locale = enumParam(new URL(request.url).searchParams, "locale", GUIDE_LOCALES);
  if (!locale.ok) return { ok: false, response: apiError(400, "invalid_parameter", locale.message, { fields: { locale: locale.message } }) };
  return { ok: true, page: { slug, locale: locale.value ?? "zh" } };
}
