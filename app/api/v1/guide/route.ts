import { listGuidePages } from "@/db/queries/guide";
import { GUIDE_LOCALES } from "@/lib/domain";
import { apiError, enumParam } from "@/lib/http/responses";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async (request: Request) => {
  const locale = enumParam(new URL(request.url).searchParams, "locale", GUIDE_LOCALES);
  if (!locale.ok) return apiError(400, "invalid_parameter", locale.message, { fields: { locale: locale.message } });
  return Response.json(await listGuidePages({ locale: locale.value }));
});
