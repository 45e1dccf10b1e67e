import { getOperatorStats } from "@/db/queries/stats";
import { notFoundResponse } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const stats = await getOperatorStats({ slug });
  if (!stats) return notFoundResponse(`No operator "${slug}".`);
  return Response.json(stats);
}
