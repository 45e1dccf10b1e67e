import { listOperatorSummaries } from "@/db/queries/operators";

export const dynamic = "force-dynamic";

export async function GET() {
  const operators = await listOperatorSummaries();
  return Response.json(
    operators.map(({ slug, names, country, website, reports, online }) => ({ slug, names, country, website, reports, online })),
  );
}
