import { createHash } from "node:crypto";
import { listOperators } from "@/db/queries/operators";
import { conditionalJson } from "@/lib/http/responses";
import { loadOperatorSummaries } from "@/lib/stats/figures";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async (request: Request) => {
  const [operators, summaries] = await Promise.all([listOperators(), loadOperatorSummaries()]);
  const body = operators.map(({ slug, names, country, website }) => {
    const summary = summaries.find((s) => s.slug === slug);
    return { slug, names, country, website, reports: summary?.reports ?? 0, online: summary?.online };
  });
  // the rollup versions change with every report; the operator rows (names, sites) rarely
  const versions = summaries.map((s) => `${s.slug}.${s.version}`).join("-");
  const rows = createHash("sha256").update(JSON.stringify(operators)).digest("base64url").slice(0, 12);
  return conditionalJson(request, body, `"ops-${versions}-${rows}"`);
});
