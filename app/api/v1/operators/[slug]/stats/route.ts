import { invalidSlugResponse, conditionalJson, notFoundResponse, SLUG } from "@/lib/http/responses";
import { loadOperatorStats } from "@/lib/stats/figures";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  if (!SLUG.test(slug)) return invalidSlugResponse("slug");
  const figures = await loadOperatorStats(slug);
  if (!figures) return notFoundResponse(`No operator "${slug}".`);
  // the follow-up rate also moves with the calendar (windows open): the day is in the tag
  return conditionalJson(request, figures.stats, `"${slug}-${figures.version}-${figures.stats.followUp.asOf}"`);
});
