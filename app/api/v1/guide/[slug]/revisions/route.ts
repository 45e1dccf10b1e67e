import { listGuideRevisions } from "@/db/queries/guide";
import { guidePageAddress } from "@/lib/guide/api-address";
import { apiRoute } from "@/lib/http/api-route";
import { notFoundResponse } from "@/lib/http/responses";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const address = await guidePageAddress(request, params);
  if (!address.ok) return address.response;
  const revisions = await listGuideRevisions(address.page);
  if (!revisions) return notFoundResponse(`No guide page "${address.page.slug}".`);
  return Response.json(revisions);
});
