import { listGuideRevisions } from "@/db/queries/guide";
import { guidePageAddress } from "@/lib/guide/api-address";
import { notFoundResponse } from "@/lib/http/responses";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const address = await guidePageAddress(request, params);
  if (!address.ok) return address.response;
  const revisions = await listGuideRevisions(address.page);
  if (!revisions) return notFoundResponse(`No guide page "${address.page.slug}".`);
  return Response.json(revisions);
}
